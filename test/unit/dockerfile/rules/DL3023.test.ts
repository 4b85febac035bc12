import { ruleTester } from '../../ruleTester';

ruleTester('DL3023', 'dockerfile', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\nCOPY --from=build /a /a\n',
    { name: 'COPY without --from', code: 'FROM alpine:3.20 AS run\nCOPY a /a\n' },
  ],
  invalid: [
    {
      name: 'own alias',
      code: 'FROM alpine:3.20 AS run\nCOPY --from=run /a /b\n',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 16, message: 'names the stage it is in' }],
    },
    {
      name: 'own alias in another case',
      code: 'FROM alpine:3.20 AS Run\nCOPY --from=run /a /b\n',
      errors: [{ line: 2, column: 13 }],
    },
    {
      name: 'own index',
      code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=1 /a /b\n',
      errors: [{ line: 3, column: 13, endColumn: 14 }],
    },
  ],
});
