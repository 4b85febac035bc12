import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const deb = (run: string): string => dockerfile('FROM debian:12', run);

ruleTester('DL3047', 'dockerfile', {
  valid: [
    deb('RUN wget --progress=dot:giga https://example.com/a.tgz'),
    { name: '-q', code: deb('RUN wget -q https://example.com/a.tgz') },
    { name: '-qO- in a cluster', code: deb('RUN wget -qO- https://example.com/a.sh | sh') },
    { name: '-nv', code: deb('RUN wget -nv https://example.com/a.tgz') },
    { name: '--no-verbose', code: deb('RUN wget --no-verbose https://example.com/a.tgz') },
    { name: 'log to a file', code: deb('RUN wget -o /tmp/log https://example.com/a.tgz') },
    { name: '--append-output', code: deb('RUN wget --append-output=/tmp/log https://example.com/a.tgz') },
    { name: 'curl is not wget', code: deb('RUN curl -fsSL https://example.com/a.tgz') },
  ],
  invalid: [
    {
      name: 'bare wget on Debian: -nv keeps errors visible',
      code: deb('RUN wget https://example.com/a.tgz'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'Add `-nv` or `--progress=dot:giga` to `wget`' }],
      output: deb('RUN wget -nv https://example.com/a.tgz'),
    },
    {
      name: 'BusyBox wget on Alpine gets -q',
      code: dockerfile('FROM alpine:3.20', 'RUN wget -O /tmp/a.tgz https://example.com/a.tgz'),
      errors: [{ line: 2, column: 5, endColumn: 9 }],
      output: dockerfile('FROM alpine:3.20', 'RUN wget -q -O /tmp/a.tgz https://example.com/a.tgz'),
    },
    {
      name: '-O is not -o; -nc is not -nv',
      code: deb('RUN wget -nc -O a.tgz https://example.com/a.tgz'),
      errors: [{ line: 2, column: 5, endColumn: 9 }],
    },
  ],
});
