import { ruleTester } from '../../ruleTester';

ruleTester('DL3050', 'dockerfile', {
  valid: [
    { name: 'strict labels off', code: 'FROM alpine:3.20\nLABEL anything=1\n' },
    {
      name: 'only schema labels',
      code: 'FROM alpine:3.20\nLABEL version=1\n',
      config: (c) => {
        c.dockerfile.strictLabels = true;
        c.dockerfile.labelSchema = { version: 'text' };
      },
    },
  ],
  invalid: [
    {
      name: 'label outside the schema',
      code: 'FROM alpine:3.20\nLABEL version=1 verison=2\n',
      config: (c) => {
        c.dockerfile.strictLabels = true;
        c.dockerfile.labelSchema = { version: 'text' };
      },
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 24, message: 'verison' }],
    },
    {
      name: 'strict with an empty schema flags every label',
      code: 'FROM alpine:3.20\nLABEL a=1\n',
      config: (c) => {
        c.dockerfile.strictLabels = true;
      },
      errors: [{ line: 2, column: 7, endColumn: 8 }],
    },
  ],
});
