import { ruleTester } from '../../ruleTester';

ruleTester('DL3045', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\n',
    { name: 'absolute destination', code: 'FROM alpine:3.20\nCOPY . /app/\n' },
    { name: 'variable destination', code: 'FROM alpine:3.20\nCOPY . $APP_HOME\n' },
    { name: 'Windows path', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app C:/app\n' },
    { name: 'WORKDIR in the base stage', code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n' },
    { name: 'FROM scratch works in /', code: 'FROM golang:1.22 AS b\nRUN true\nFROM scratch\nCOPY --from=b /out/app app\n' },
  ],
  invalid: [
    {
      name: 'relative destination before WORKDIR',
      code: 'FROM alpine:3.20\nCOPY package.json ./\nWORKDIR /app\n',
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 21, message: 'before any WORKDIR' }],
    },
    {
      name: 'WORKDIR of another stage does not count',
      code: 'FROM alpine:3.20 AS a\nWORKDIR /app\nFROM alpine:3.20\nCOPY --from=a /app/out out\n',
      errors: [{ line: 4, column: 24, endColumn: 27 }],
    },
    {
      name: 'ADD too (hadolint checks only COPY)',
      code: 'FROM alpine:3.20\nADD app.tar.gz app\n',
      errors: [{ line: 2, column: 16 }],
    },
  ],
});
