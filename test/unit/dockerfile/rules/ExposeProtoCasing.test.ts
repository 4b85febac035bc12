import { ruleTester } from '../../ruleTester';

ruleTester('ExposeProtoCasing', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp\n',
    { name: 'a variable protocol is not judged', code: 'FROM alpine:3.20\nARG PROTO=tcp\nEXPOSE 80/${PROTO}\n' },
  ],
  invalid: [
    {
      name: 'uppercase protocol',
      code: 'FROM alpine:3.20\nEXPOSE 80/TCP\n',
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 14, message: "Protocol 'TCP'" }],
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp\n',
    },
    {
      name: 'each port on its own',
      code: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/Udp 8000-8010/SCTP\n',
      errors: [
        { line: 2, column: 18, endColumn: 21 },
        { line: 2, column: 32, endColumn: 36 },
      ],
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8000-8010/sctp\n',
    },
  ],
});
