import { ruleTester } from '../../ruleTester';

ruleTester('DL4004', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nENTRYPOINT ["/app"]\nCMD ["--help"]\n',
    { name: 'one per stage', code: 'FROM alpine:3.20 AS a\nENTRYPOINT ["a"]\nFROM a\nENTRYPOINT ["b"]\n' },
  ],
  invalid: [
    {
      name: 'second ENTRYPOINT',
      code: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT b\n',
      errors: [{ line: 3, column: 1, endColumn: 11, message: 'line 2' }],
    },
  ],
});
