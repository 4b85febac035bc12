import { ruleTester } from '../../ruleTester';

ruleTester('DL3066', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nUSER 10001\n',
    { name: 'numeric user and group name', code: 'FROM alpine:3.20\nUSER 10001:app\n' },
    { name: 'ARG default numeric', code: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}\n' },
    { name: 'variable without a value', code: 'FROM alpine:3.20\nARG UID\nUSER $UID\n' },
  ],
  invalid: [
    { name: 'name', code: 'FROM alpine:3.20\nUSER app\n', errors: [{ line: 2, column: 6, endLine: 2, endColumn: 9, message: 'runAsNonRoot' }] },
    { name: 'root is a name too', code: 'FROM alpine:3.20\nUSER root:root\n', errors: [{ line: 2, column: 6, endColumn: 10, message: '0 for root' }] },
    { name: 'ARG default is a name', code: 'FROM alpine:3.20\nARG USERNAME=vscode\nUSER $USERNAME\n', errors: [{ line: 3, column: 6, endColumn: 15, message: 'defaults to vscode' }] },
  ],
});
