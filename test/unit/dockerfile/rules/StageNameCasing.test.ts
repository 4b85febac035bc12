import { ruleTester } from '../../ruleTester';

ruleTester('StageNameCasing', 'dockerfile', {
  valid: [
    'FROM alpine:3.20 AS build\n',
    'FROM alpine:3.20\n',
    { name: 'digits, dashes and dots are not casing', code: 'FROM alpine:3.20 AS build-2.x_y\n' },
    { name: 'a reference with other casing is not a stage name', code: 'FROM alpine:3.20 AS build\nFROM BUILD\n' },
  ],
  invalid: [
    {
      name: 'mixed case, fixed to lowercase',
      code: 'FROM alpine:3.20 AS Build\nRUN true\n',
      errors: [{ line: 1, column: 21, endLine: 1, endColumn: 26, message: "Stage name 'Build' is not lowercase" }],
      output: 'FROM alpine:3.20 AS build\nRUN true\n',
    },
    {
      name: 'every stage is checked, references are left alone',
      code: 'FROM golang:1.22 AS BUILDER\nFROM alpine:3.20 as Runtime\nCOPY --from=BUILDER /app /app\n',
      errors: [
        { line: 1, column: 21, endColumn: 28 },
        { line: 2, column: 21, endColumn: 28 },
      ],
      output: 'FROM golang:1.22 AS builder\nFROM alpine:3.20 as runtime\nCOPY --from=BUILDER /app /app\n',
    },
    {
      name: 'flags before the image do not move the range',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS Go\n',
      errors: [{ line: 1, column: 47, endColumn: 49 }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS go\n',
    },
  ],
});
