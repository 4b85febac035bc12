import { ruleTester } from '../../ruleTester';

const schema = (c: { dockerfile: { labelSchema: Record<string, string> } }) => {
  c.dockerfile.labelSchema = { version: 'text', vendor: '' };
};

ruleTester('DL3051', 'dockerfile', {
  valid: [
    { name: 'value set', code: 'FROM alpine:3.20\nLABEL version=1 vendor=acme\n', config: schema },
    { name: 'label not in the schema', code: 'FROM alpine:3.20\nLABEL other=""\n', config: schema },
    { name: 'build argument without default', code: 'FROM alpine:3.20\nARG V\nLABEL version=$V\n', config: schema },
  ],
  invalid: [
    { name: 'empty quoted value', code: 'FROM alpine:3.20\nLABEL version=""\n', config: schema, errors: [{ line: 2, column: 7, endLine: 2, endColumn: 17, message: 'empty' }] },
    { name: 'nothing after =', code: 'FROM alpine:3.20\nLABEL vendor= version=1\n', config: schema, errors: [{ line: 2, column: 7, endColumn: 14 }] },
    { name: 'ARG with an empty default', code: 'FROM alpine:3.20\nARG V=\nLABEL version=$V\n', config: schema, errors: [{ line: 3, column: 7, message: 'expands to nothing' }] },
  ],
});
