import { ruleTester } from '../../ruleTester';

ruleTester('DL3011', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp 65535\n',
    { name: 'range inside the limit', code: 'FROM alpine:3.20\nEXPOSE 8000-9000\n' },
    { name: 'variable without a value', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'host mapping is another check (ExposeInvalidFormat)', code: 'FROM alpine:3.20\nEXPOSE 80:80\n' },
    { name: 'a literal out-of-range port is the parser\'s syntax error, reported once', code: 'FROM alpine:3.20\nEXPOSE 80 65536/tcp\n' },
    {
      name: 'a literal port stays the parser\'s even when its syntax check is switched off',
      code: 'FROM alpine:3.20\nEXPOSE 80 65536/tcp\n',
      config: (c) => {
        c.rules['dockerfile-invalid-port'] = 'off';
      },
    },
  ],
  invalid: [
    {
      name: 'range end from an ARG default',
      code: 'FROM alpine:3.20\nARG LAST=70000\nEXPOSE 60000-${LAST}/udp\n',
      errors: [{ line: 3, column: 8, endLine: 3, endColumn: 25, message: 'Port 70000' }],
    },
    {
      name: 'ENV value expanded, the literal port beside it left to the syntax check',
      code: 'FROM alpine:3.20\nENV P=65536\nEXPOSE 70000 $P/tcp\n',
      errors: [{ line: 3, column: 14, endLine: 3, endColumn: 20, message: 'Port 65536 (from $P/tcp)' }],
    },
    {
      name: 'ARG default resolved',
      code: 'FROM alpine:3.20\nARG PORT=80000\nEXPOSE ${PORT}\n',
      errors: [{ line: 3, column: 8, endColumn: 15, message: 'from ${PORT}' }],
    },
  ],
});
