import { ruleTester } from '../../ruleTester';

ruleTester('DL4003', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nCMD ["sh"]\n',
    { name: 'one per stage', code: 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]\n' },
    { name: 'ONBUILD CMD is not this image\'s command', code: 'FROM alpine:3.20\nONBUILD CMD ["x"]\nCMD ["y"]\n' },
  ],
  invalid: [
    {
      name: 'second CMD reported at its keyword',
      code: 'FROM alpine:3.20\nCMD ["a"]\nRUN true\nCMD ["b"]\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 4, message: 'replaces the one on line 2' }],
    },
  ],
});
