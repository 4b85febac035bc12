import { ruleTester } from '../../ruleTester';

ruleTester('LegacyKeyValueFormat', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nENV A=1 B="two words"\nLABEL version=1.0\n',
    { name: 'ARG has no legacy form', code: 'FROM alpine:3.20\nARG VERSION\n' },
    { name: 'one pair with a quoted value', code: 'FROM alpine:3.20\nLABEL description="a b c"\n' },
  ],
  invalid: [
    {
      name: 'ENV key value',
      code: 'FROM alpine:3.20\nENV NODE_ENV production\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 24, message: '"ENV NODE_ENV=…"' }],
      output: 'FROM alpine:3.20\nENV NODE_ENV=production\n',
    },
    {
      name: 'LABEL key value',
      code: 'FROM alpine:3.20\nLABEL maintainer jane@example.com\n',
      errors: [{ line: 2, column: 7, endColumn: 34, message: '"LABEL maintainer=…"' }],
      output: 'FROM alpine:3.20\nLABEL maintainer=jane@example.com\n',
    },
    {
      name: 'a value with spaces gets quoted',
      code: 'FROM alpine:3.20\nENV GREETING hello big world\n',
      errors: [{ line: 2, column: 5, endColumn: 29 }],
      output: 'FROM alpine:3.20\nENV GREETING="hello big world"\n',
    },
    {
      name: 'an already quoted value keeps its quotes',
      code: 'FROM alpine:3.20\nENV GREETING "hello world"\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV GREETING="hello world"\n',
    },
    {
      name: 'variables survive the rewrite',
      code: 'FROM alpine:3.20\nENV PATH $PATH:/opt/bin\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV PATH=$PATH:/opt/bin\n',
    },
    {
      name: 'non-ASCII whitespace also splits the value',
      code: 'FROM alpine:3.20\nENV GREETING hello\u00a0world\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV GREETING="hello\u00a0world"\n',
    },
    {
      name: 'mixed quoting is left to the user',
      code: 'FROM alpine:3.20\nENV MSG say "hi" now\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
  ],
});
