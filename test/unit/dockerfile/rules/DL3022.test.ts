import { ruleTester } from '../../ruleTester';

ruleTester('DL3022', 'dockerfile', {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /app\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    { name: 'numeric index of an earlier stage', code: 'FROM golang:1.22\nRUN true\nFROM alpine:3.20\nCOPY --from=0 /a /a\n' },
    { name: 'name compared case-insensitively', code: 'FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=build /a /a\n' },
    { name: 'external image with a tag', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n' },
    { name: 'external image with a registry (#859)', code: 'FROM alpine:3.20\nCOPY --from=ghcr.io/org/tools /bin/x /bin/x\n' },
    { name: 'variable naming an earlier stage', code: 'ARG SRC=build\nFROM golang:1.22 AS build\nFROM alpine:3.20\nARG SRC\nCOPY --from=${SRC} /a /a\n' },
    { name: 'variable with unknown value', code: 'FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /a /a\n' },
  ],
  invalid: [
    {
      name: 'unknown bare name',
      code: 'FROM alpine:3.20\nCOPY --from=biuld /app /app\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 18, message: 'No earlier stage is named biuld' }],
    },
    {
      name: 'stage defined later',
      code: 'FROM alpine:3.20\nCOPY --from=build /app /app\nFROM golang:1.22 AS build\n',
      errors: [{ line: 2, column: 13, message: 'defined later (line 3)' }],
    },
    {
      name: 'index out of range',
      code: 'FROM alpine:3.20\nCOPY --from=3 /a /a\n',
      errors: [{ line: 2, column: 13, endColumn: 14, message: 'no earlier stage number 3' }],
    },
  ],
});
