import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL3065', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\n',
    { name: 'build platform', code: 'FROM --platform=$BUILDPLATFORM alpine:3.20\n' },
    { name: 'target platform combined with more text', code: 'FROM --platform=${TARGETPLATFORM}-x alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'removed with the blank after it',
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.20\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 33, message: 'default' }],
      output: 'FROM alpine:3.20\n',
    },
    {
      name: 'braced form',
      code: 'FROM --platform=${TARGETPLATFORM}   node:22 AS app\n',
      errors: [{ line: 1, column: 6, endColumn: 37 }],
      output: 'FROM node:22 AS app\n',
    },
  ],
});

describeFixes('DL3065', [{ name: 'removing the flag is safe', code: 'FROM --platform=$TARGETPLATFORM alpine:3.20 AS a\n', safe: [true] }]);
