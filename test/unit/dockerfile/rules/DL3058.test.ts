import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('maintainer-email', 'email');

ruleTester('DL3058', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL maintainer-email=team@example.com\n', config },
    { name: 'plus and dots', code: 'FROM alpine:3.20\nLABEL maintainer-email="first.last+docker@sub.example.org"\n', config },
  ],
  invalid: [
    { name: 'no domain', code: 'FROM alpine:3.20\nLABEL maintainer-email=team@\n', config, errors: [{ line: 2, column: 24, endColumn: 29, message: 'e-mail' }] },
    { name: 'display name form', code: 'FROM alpine:3.20\nLABEL maintainer-email="Team <team@example.com>"\n', config, errors: [{ line: 2, column: 24 }] },
  ],
});
