import { ruleTester } from '../../ruleTester';
import { describeFixes } from './fixCheck';

ruleTester('DL3020', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nCOPY app /app\n',
    { name: 'local archive is unpacked by ADD', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\n' },
    { name: 'URL', code: 'FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n' },
    { name: 'git repository over ssh (COPY cannot do it)', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n' },
    { name: 'variable with unknown value', code: 'FROM alpine:3.20\nARG SRC\nADD $SRC /opt/\n' },
    { name: 'variable resolving to a URL', code: 'FROM alpine:3.20\nARG SRC=https://example.com/a\nADD ${SRC} /opt/\n' },
  ],
  invalid: [
    {
      name: 'local file, fixed to COPY',
      code: 'FROM alpine:3.20\nADD app.py /app/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'COPY' }],
      output: 'FROM alpine:3.20\nCOPY app.py /app/\n',
    },
    {
      name: 'flags kept, lower-case keyword kept lower-case',
      code: 'FROM alpine:3.20\nadd --chown=app:app . /app\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
      output: 'FROM alpine:3.20\ncopy --chown=app:app . /app\n',
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nADD ["a b.txt", "/app/"]\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY ["a b.txt", "/app/"]\n',
    },
    {
      name: 'a zip is not unpacked by ADD',
      code: 'FROM alpine:3.20\nADD site.zip /srv/\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY site.zip /srv/\n',
    },
    {
      name: 'mixed with a URL: reported, no fix (COPY cannot download)',
      code: 'FROM alpine:3.20\nADD https://example.com/a conf.ini /opt/\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
    {
      name: 'ADD-only flag: no fix',
      code: 'FROM alpine:3.20\nADD --unpack=false conf.ini /opt/\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
  ],
});

describeFixes('DL3020', [{ name: 'ADD to COPY is safe and clears the finding', code: 'FROM alpine:3.20\nADD --chown=1:1 a b /app/\n', safe: [true] }]);
