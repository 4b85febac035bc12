import { ruleTester } from '../../ruleTester';

ruleTester('DL3024', 'dockerfile', {
  valid: [
    'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\n',
    { name: 'unnamed stages', code: 'FROM alpine:3.20\nFROM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'same name twice',
      code: 'FROM alpine:3.20 AS build\nFROM debian:12 AS build\n',
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 24, message: 'already used on line 1' }],
    },
    {
      name: 'case-insensitive, as BuildKit',
      code: 'FROM alpine:3.20 AS build\nRUN true\nFROM debian:12 AS Build\n',
      errors: [{ line: 3, column: 19, message: 'names ignore case' }],
    },
    {
      name: 'three times: two findings',
      code: 'FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS x\n',
      errors: [{ line: 2, column: 13 }, { line: 3, column: 13 }],
    },
  ],
});
