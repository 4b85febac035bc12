import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('org.opencontainers.image.version', 'semver');

ruleTester('DL3056', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2.3\n', config },
    { name: 'pre-release and build', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0.0-rc.1+build.5"\n', config },
    { name: 'build argument without default is judged at build time', code: 'FROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=${VERSION}\n', config },
  ],
  invalid: [
    { name: 'leading v', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.2.3\n', config, errors: [{ line: 2, column: 40, endColumn: 46, message: 'semantic version' }] },
    { name: 'two parts', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2\n', config, errors: [{ line: 2, column: 40 }] },
    { name: 'leading zero', code: 'FROM alpine:3.20\nARG V=1.02.3\nLABEL org.opencontainers.image.version=$V\n', config, errors: [{ line: 3, column: 40 }] },
  ],
});
