import { ruleTester } from '../../ruleTester';

ruleTester('DL3044', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nENV A=1\nENV B=$A\n',
    { name: 'self reference', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n' },
    { name: 'defined earlier by ENV', code: 'FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n' },
    { name: 'defined earlier by ARG', code: 'FROM alpine:3.20\nARG A=1\nENV A=2 B=${A}\n' },
    { name: 'key defined after the reference', code: 'FROM alpine:3.20\nENV B=$A A=1\n' },
    { name: 'a longer name is another variable', code: 'FROM alpine:3.20\nENV A=1 B=$AB\n' },
    { name: 'single-quoted is literal', code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
  ],
  invalid: [
    {
      name: 'reference to a key of the same ENV',
      code: 'FROM alpine:3.20\nENV A=1 B=$A\n',
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 13, message: 'same ENV' }],
    },
    {
      name: 'braced with a default',
      code: 'FROM alpine:3.20\nENV HOME_DIR=/home/app \\\n    DATA=${HOME_DIR:-/tmp}/data\n',
      errors: [{ line: 3, column: 10, endColumn: 27 }],
    },
  ],
});
