import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('org.opencontainers.image.licenses', 'spdx');

ruleTester('DL3054', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=Apache-2.0\n', config },
    { name: 'expression', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND BSD-3-Clause"\n', config },
    { name: 'exception and or-later', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="GPL-2.0-or-later WITH Classpath-exception-2.0"\n', config },
    { name: 'LicenseRef', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=LicenseRef-Proprietary\n', config },
  ],
  invalid: [
    { name: 'not an id', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=Apache2\n', config, errors: [{ line: 2, column: 41, endColumn: 48, message: 'SPDX' }] },
    { name: 'dangling operator', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="MIT OR"\n', config, errors: [{ line: 2, column: 41 }] },
  ],
});
