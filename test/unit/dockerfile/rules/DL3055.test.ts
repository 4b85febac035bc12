import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('org.opencontainers.image.revision', 'hash');

ruleTester('DL3055', 'dockerfile', {
  valid: [
    { name: 'short hash', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=1a2b3c4\n', config },
    { name: 'full SHA-1', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=0123456789abcdef0123456789abcdef01234567\n', config },
    { name: 'build argument without default', code: 'FROM alpine:3.20\nARG REV\nLABEL org.opencontainers.image.revision=$REV\n', config },
  ],
  invalid: [
    { name: 'upper case', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=1A2B3C4\n', config, errors: [{ line: 2, column: 41, endColumn: 48, message: 'hash' }] },
    { name: 'wrong length', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=1a2b3c4d\n', config, errors: [{ line: 2, column: 41 }] },
  ],
});
