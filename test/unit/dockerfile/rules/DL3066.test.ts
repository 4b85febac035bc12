import { ruleTester } from '../../ruleTester';

ruleTester('DL3066', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nUSER 10001\n',
    { name: 'numeric user and group name', code: 'FROM alpine:3.20\nUSER 10001:app\n' },
    { name: 'ARG default numeric', code: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}\n' },
    { name: 'variable without a value', code: 'FROM alpine:3.20\nARG UID\nUSER $UID\n' },
    { name: 'a name used only for some steps', code: 'FROM alpine:3.20\nUSER app\nRUN make\nUSER 10001\n' },
    { name: 'root is DL3002\'s finding', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'builder stage only copied from', code: 'FROM alpine:3.20 AS b\nUSER builder\nFROM alpine:3.20\nCOPY --from=b /a /a\nUSER 1000\n' },
    { name: 'Windows has no numeric users', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n' },
    { name: 'Windows by its shell', code: 'FROM example/base:1\nSHELL ["powershell", "-Command"]\nUSER ContainerAdministrator\n' },
  ],
  invalid: [
    { name: 'name', code: 'FROM alpine:3.20\nUSER app\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9, message: 'runAsNonRoot' }] },
    { name: 'name with a group', code: 'FROM alpine:3.20\nUSER app:app\n', errors: [{ line: 2, column: 6, endColumn: 9 }] },
    { name: 'ARG default is a name', code: 'FROM alpine:3.20\nARG USERNAME=vscode\nUSER $USERNAME\n', errors: [{ line: 3, column: 6, endColumn: 15, message: 'defaults to vscode' }] },
    {
      name: 'inherited by two image stages: reported once, at the USER',
      code: 'FROM alpine:3.20 AS base\nUSER app\nFROM base AS a\nFROM base AS b\n',
      errors: [{ line: 2, column: 6 }],
    },
  ],
});
