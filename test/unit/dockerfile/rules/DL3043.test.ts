import { ruleTester } from '../../ruleTester';

ruleTester('DL3043', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nONBUILD RUN echo hi\n',
    { name: 'ONBUILD COPY', code: 'FROM alpine:3.20\nONBUILD COPY . /app\n' },
  ],
  invalid: [
    { name: 'ONBUILD ONBUILD', code: 'FROM alpine:3.20\nONBUILD ONBUILD RUN x\n', errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16 }] },
    { name: 'ONBUILD FROM', code: 'FROM alpine:3.20\nONBUILD FROM debian:12\n', errors: [{ line: 2, column: 9, endColumn: 13, message: 'ONBUILD FROM' }] },
    { name: 'ONBUILD MAINTAINER, any case', code: 'FROM alpine:3.20\nonbuild maintainer me\n', errors: [{ line: 2, column: 9, endColumn: 19 }] },
  ],
});
