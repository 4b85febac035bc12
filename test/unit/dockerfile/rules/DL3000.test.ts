import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL3000', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\n',
    { name: 'quoted absolute path', code: 'FROM alpine:3.20\nWORKDIR "/srv/my app"\n' },
    { name: 'Windows drive', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n' },
    { name: 'Windows drive with forward slash', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR c:/app\n' },
    { name: 'variable with unknown value is trusted', code: 'FROM alpine:3.20\nWORKDIR $HOME/app\n' },
    { name: 'variable resolving to an absolute path', code: 'ARG DIR=/opt/app\nFROM alpine:3.20\nARG DIR\nWORKDIR ${DIR}\n' },
    { name: 'relative after an absolute one builds on it (as BuildKit)', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\n' },
    { name: 'relative in a stage built on a stage that set WORKDIR', code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n' },
    { name: 'JSON form is not a WORKDIR form, only shell form counts', code: 'FROM alpine:3.20\nWORKDIR /a/b\n' },
  ],
  invalid: [
    {
      name: 'plain relative path, fixed to /app',
      code: 'FROM alpine:3.20\nWORKDIR app\n',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'relative' }],
      output: 'FROM alpine:3.20\nWORKDIR /app\n',
    },
    {
      name: './ prefix replaced',
      code: 'FROM alpine:3.20\nWORKDIR ./src/app\n',
      errors: [{ line: 2, column: 9, endColumn: 18 }],
      output: 'FROM alpine:3.20\nWORKDIR /src/app\n',
    },
    {
      name: 'quoted relative path keeps its quotes',
      code: 'FROM alpine:3.20\nWORKDIR "my app"\n',
      errors: [{ line: 2, column: 9, endColumn: 17 }],
      output: 'FROM alpine:3.20\nWORKDIR "/my app"\n',
    },
    {
      name: 'tilde is not expanded by Docker: reported without a fix',
      code: 'FROM alpine:3.20\nWORKDIR ~/app\n',
      errors: [{ line: 2, column: 9, endColumn: 14 }],
      output: null,
    },
    {
      name: 'variable whose default is relative',
      code: 'FROM alpine:3.20\nARG DIR=app\nWORKDIR $DIR\n',
      errors: [{ line: 3, column: 9, endColumn: 13 }],
      output: null,
    },
    {
      name: 'only the first relative WORKDIR of a stage is reported; each stage on its own',
      code: 'FROM alpine:3.20\nWORKDIR app\nWORKDIR src\nFROM alpine:3.20\nWORKDIR lib\n',
      errors: [{ line: 2, column: 9 }, { line: 5, column: 9 }],
      output: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR src\nFROM alpine:3.20\nWORKDIR /lib\n',
    },
  ],
});

describeFixes('DL3000', [
  { name: 'absolute path fix is offered, not safe (it assumes the base works in /)', code: 'FROM alpine:3.20\nWORKDIR app\n', safe: [false] },
  { name: './ prefix', code: 'FROM alpine:3.20\nWORKDIR ./app\n', safe: [false] },
]);
