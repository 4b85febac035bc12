import type { EffectiveConfig } from '../../../../src/core/config';
import { ruleTester } from '../../ruleTester';

/** The parser reports this as a syntax error; DL3061 speaks only when that check is switched off. */
const syntaxCheckOff = (config: EffectiveConfig): void => {
  config.rules['dockerfile-instruction-before-from'] = 'off';
};

ruleTester('DL3061', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nRUN true\n', config: syntaxCheckOff },
    { name: 'ARG, comments and directives before FROM', code: '# syntax=docker/dockerfile:1\n# a comment\nARG VERSION=3.20\nFROM alpine:${VERSION}\n', config: syntaxCheckOff },
    { name: 'reported once: the syntax error already marks it', code: 'LABEL a=b\nFROM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'instruction before FROM',
      code: 'LABEL a=b\nFROM alpine:3.20\n',
      config: syntaxCheckOff,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 6, message: 'before the first FROM' }],
    },
    {
      name: 'each one before FROM, ARG allowed among them',
      code: 'ARG X=1\nENV A=1\nrun true\nFROM alpine:3.20\nENV B=2\n',
      config: syntaxCheckOff,
      errors: [{ line: 2, column: 1 }, { line: 3, column: 1, endColumn: 4 }],
    },
  ],
});
