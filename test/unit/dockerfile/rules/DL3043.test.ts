import type { EffectiveConfig } from '../../../../src/core/config';
import { ruleTester } from '../../ruleTester';

/** The parser reports forbidden triggers as a syntax error; DL3043 speaks only when that check is switched off. */
const syntaxCheckOff = (config: EffectiveConfig): void => {
  config.rules['dockerfile-invalid-onbuild-trigger'] = 'off';
};

ruleTester('DL3043', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nONBUILD RUN echo hi\n', config: syntaxCheckOff },
    { name: 'ONBUILD COPY', code: 'FROM alpine:3.20\nONBUILD COPY . /app\n', config: syntaxCheckOff },
    { name: 'reported once: the syntax error already marks it', code: 'FROM alpine:3.20\nONBUILD FROM debian:12\n' },
  ],
  invalid: [
    { name: 'ONBUILD ONBUILD', code: 'FROM alpine:3.20\nONBUILD ONBUILD RUN x\n', config: syntaxCheckOff, errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16 }] },
    { name: 'ONBUILD FROM', code: 'FROM alpine:3.20\nONBUILD FROM debian:12\n', config: syntaxCheckOff, errors: [{ line: 2, column: 9, endColumn: 13, message: 'ONBUILD FROM' }] },
    { name: 'ONBUILD MAINTAINER, any case', code: 'FROM alpine:3.20\nonbuild maintainer me\n', config: syntaxCheckOff, errors: [{ line: 2, column: 9, endColumn: 19 }] },
  ],
});
