import { ruleTester } from '../../ruleTester';

ruleTester('DL3063', 'dockerfile', {
  valid: ['FROM alpine:3.20 AS build\n', { name: 'scratch as the image, not the name', code: 'FROM scratch AS final\n' }],
  invalid: [
    { name: 'scratch', code: 'FROM alpine:3.20 AS scratch\n', errors: [{ line: 1, column: 21, endLine: 1, endColumn: 28, message: 'empty image' }] },
    { name: 'context in any case', code: 'FROM alpine:3.20 AS Context\n', errors: [{ line: 1, column: 21, endColumn: 28, message: 'build context' }] },
  ],
});
