import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('org.opencontainers.image.source', 'url');

ruleTester('DL3052', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/org/repo"\n', config },
    { name: 'other schemes are URIs too', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=git+ssh://git@host/x.git\n', config },
    { name: 'not in the schema', code: 'FROM alpine:3.20\nLABEL url=nope\n', config },
    { name: 'unknown build argument', code: 'FROM alpine:3.20\nARG SRC\nLABEL org.opencontainers.image.source=$SRC\n', config },
  ],
  invalid: [
    {
      name: 'no scheme',
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/org/repo\n',
      config,
      errors: [{ line: 2, column: 39, endLine: 2, endColumn: 58, message: 'absolute URL' }],
    },
    {
      name: 'space and bad escape',
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x/a b%zz"\n',
      config,
      errors: [{ line: 2, column: 39 }],
    },
  ],
});
