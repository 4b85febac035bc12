import { ruleTester } from '../../ruleTester';

ruleTester('DL3010', 'dockerfile', {
  valid: [
    { name: 'archive copied but never unpacked', code: 'FROM alpine:3.20\nCOPY app.tar.gz /tmp/\n' },
    { name: 'ADD already unpacks', code: 'FROM alpine:3.20\nADD app.tar.gz /opt/\n' },
    { name: 'COPY --from an archive is not a context file', code: 'FROM alpine:3.20 AS b\nRUN true\nFROM alpine:3.20\nCOPY --from=b /app.tar /tmp/\nRUN tar -xf /tmp/app.tar\n' },
    { name: '.zip is not in the archive list (ADD does not unpack zip)', code: 'FROM alpine:3.20\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n' },
    { name: 'tar that creates instead of extracting', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nRUN tar -cf /tmp/out.tar /tmp/app.tar\n' },
    { name: 'state resets at FROM', code: 'FROM alpine:3.20\nCOPY app.tar /tmp/\nFROM alpine:3.20\nRUN tar -xf /tmp/app.tar\n' },
  ],
  invalid: [
    {
      name: 'copied then extracted with tar -xzf',
      code: 'FROM alpine:3.20\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 16, message: 'unpacked in a later RUN (line 3)' }],
    },
    {
      name: 'old-style tar options and a path in the source',
      code: 'FROM alpine:3.20\nCOPY dist/pkg.tgz /tmp/\nRUN cd /tmp && tar xzf pkg.tgz\n',
      errors: [{ line: 2, column: 6, endColumn: 18 }],
    },
    {
      name: 'gunzip',
      code: 'FROM alpine:3.20\nCOPY data.gz /data/\nRUN gunzip /data/data.gz\n',
      errors: [{ line: 2, column: 6, endColumn: 13 }],
    },
  ],
});
