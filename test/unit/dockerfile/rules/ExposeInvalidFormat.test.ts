import { ruleTester } from '../../ruleTester';

ruleTester('ExposeInvalidFormat', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nEXPOSE 80 443/tcp 8000-8010\n',
    { name: 'a default value is not a mapping', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE ${PORT:-8080}\n' },
  ],
  invalid: [
    {
      name: 'host:container mapping',
      code: 'FROM alpine:3.20\nEXPOSE 8080:80\n',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 15, message: "keep only the container port ('80')" }],
      output: 'FROM alpine:3.20\nEXPOSE 80\n',
    },
    {
      name: 'IP address, host and container port, protocol kept',
      code: 'FROM alpine:3.20\nEXPOSE 443 127.0.0.1:80:80/udp\n',
      errors: [{ line: 2, column: 12, endColumn: 31 }],
      output: 'FROM alpine:3.20\nEXPOSE 443 80/udp\n',
    },
    {
      name: 'a trailing colon has no port to keep',
      code: 'FROM alpine:3.20\nEXPOSE 80:\n',
      errors: [{ line: 2, column: 8, endColumn: 11 }],
      output: null,
    },
  ],
});
