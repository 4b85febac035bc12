import { ruleTester } from '../../ruleTester';

ruleTester('DL3002', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nUSER app\n',
    { name: 'no USER at all: the base image decides', code: 'FROM alpine:3.20\nRUN id\n' },
    { name: 'root, then back to an unprivileged user', code: 'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n' },
    { name: 'root group is fine', code: 'FROM alpine:3.20\nUSER app:root\n' },
    { name: 'builder stage only copied from', code: 'FROM alpine:3.20 AS build\nUSER root\nRUN make\nFROM alpine:3.20\nCOPY --from=build /out /out\nUSER app\n' },
    { name: 'child stage switches away from the root of its base', code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base\nUSER app\n' },
    { name: 'variable with no default', code: 'FROM alpine:3.20\nARG U\nUSER $U\n' },
  ],
  invalid: [
    {
      name: 'last USER is root',
      code: 'FROM alpine:3.20\nUSER root\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: 'runs as root' }],
    },
    {
      name: 'UID 0 with a group: only the user part is marked',
      code: 'FROM alpine:3.20\nUSER app\nUSER 0:0\n',
      errors: [{ line: 3, column: 6, endColumn: 7 }],
    },
    {
      name: 'root:group',
      code: 'FROM alpine:3.20\nUSER root:wheel\n',
      errors: [{ line: 2, column: 6, endColumn: 10 }],
    },
    {
      name: 'ARG default resolves to root',
      code: 'FROM alpine:3.20\nARG RUNAS=root\nUSER ${RUNAS}\n',
      errors: [{ line: 3, column: 6, endColumn: 14, message: 'defaults to root' }],
    },
    {
      name: 'root inherited from a base stage is reported once at its USER',
      code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base AS a\nRUN true\nFROM base AS b\nRUN true\n',
      errors: [{ line: 2, column: 6 }],
    },
    {
      name: 'an unreferenced earlier stage is an image too (--target)',
      code: 'FROM alpine:3.20 AS debug\nUSER root\nFROM alpine:3.20\nUSER app\n',
      errors: [{ line: 2, column: 6 }],
    },
  ],
});
