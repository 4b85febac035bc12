import { ruleTester } from '../../ruleTester';
import { schemaOf } from './labelSchema';

const config = schemaOf('org.opencontainers.image.created', 'rfc3339');

ruleTester('DL3053', 'dockerfile', {
  valid: [
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01T12:30:00Z\n', config },
    { name: 'offset and fraction', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-02-29T23:59:59.123+02:00"\n', config },
    { name: 'ARG default that is a time', code: 'FROM alpine:3.20\nARG CREATED=2024-05-01T00:00:00Z\nLABEL org.opencontainers.image.created=$CREATED\n', config },
  ],
  invalid: [
    { name: 'date only', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01\n', config, errors: [{ line: 2, column: 40, endColumn: 50, message: 'RFC 3339' }] },
    { name: 'no such day', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2023-02-29T00:00:00Z\n', config, errors: [{ line: 2, column: 40 }] },
    { name: 'ARG default that is not a time', code: 'FROM alpine:3.20\nARG CREATED=yesterday\nLABEL org.opencontainers.image.created=$CREATED\n', config, errors: [{ line: 3, column: 40, message: 'defaults to yesterday' }] },
  ],
});
