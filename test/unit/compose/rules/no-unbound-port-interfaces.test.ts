import { ruleTester } from '../../ruleTester';

ruleTester('no-unbound-port-interfaces', 'compose', {
  valid: [
    "services:\n  web:\n    ports:\n      - '127.0.0.1:8080:80'\n      - '[::1]:8443:443'\n",
    'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n',
    { name: 'expose publishes nothing', code: "services:\n  web:\n    expose: ['80']\n" },
  ],
  invalid: [
    {
      code: "services:\n  web:\n    ports:\n      - '8080:80'\n",
      errors: [{ line: 4, column: 9, endColumn: 18, message: 'on all interfaces' }],
      output: "services:\n  web:\n    ports:\n      - '127.0.0.1:8080:80'\n",
    },
    {
      name: 'a container port alone is published on a random host port',
      code: 'services:\n  web:\n    ports:\n      - "3000"\n',
      errors: [{ line: 4, column: 9, message: 'random host port' }],
      output: 'services:\n  web:\n    ports:\n      - "127.0.0.1::3000"\n',
    },
    {
      name: 'explicit 0.0.0.0 and long syntax; no text fix for either',
      code: "services:\n  web:\n    ports:\n      - '0.0.0.0:80:80'\n      - target: 443\n        published: 443\n",
      errors: [{ line: 4, column: 9 }, { line: 5, column: 9 }],
      output: null,
    },
  ],
});
