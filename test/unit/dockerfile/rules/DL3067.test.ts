import { ruleTester } from '../../ruleTester';

ruleTester('DL3067', 'dockerfile', {
  valid: [
    'FROM golang:1.22 AS b\nFROM alpine:3.20\nCOPY --from=b /go/bin /usr/local/bin\n',
    { name: 'root into a subdirectory', code: 'FROM golang:1.22 AS b\nFROM alpine:3.20\nCOPY --from=b / /rootfs/\n' },
    { name: 'context root without --from', code: 'FROM alpine:3.20\nCOPY / /\n' },
    { name: 'a stage built FROM scratch holds only its own files', code: 'FROM scratch AS bundle\nCOPY bin/ /usr/local/bin/\nFROM alpine:3.20\nCOPY --from=bundle / /\n' },
  ],
  invalid: [
    {
      name: 'root onto root',
      code: 'FROM golang:1.22 AS b\nFROM alpine:3.20\nCOPY --from=b / /\n',
      errors: [{ line: 3, column: 15, endLine: 3, endColumn: 18, message: 'whole foreign file system' }],
    },
    {
      name: 'external image',
      code: 'FROM alpine:3.20\nCOPY --link --from=tonistiigi/xx:1.6.1 / /\n',
      errors: [{ line: 2, column: 40, endColumn: 43 }],
    },
  ],
});
