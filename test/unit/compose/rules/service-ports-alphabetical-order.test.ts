import { ruleTester } from '../../ruleTester';

ruleTester('service-ports-alphabetical-order', 'compose', {
  valid: [
    "services:\n  web:\n    ports:\n      - '80:80'\n      - '443:443'\n      - '8080:8080'\n",
    { name: 'host address does not count', code: "services:\n  web:\n    ports:\n      - '127.0.0.1:3000:3000'\n      - '0.0.0.0:9000:9000'\n" },
  ],
  invalid: [
    {
      code: "services:\n  web:\n    ports:\n      - '8080:8080'\n      - '443:443'\n      - '80:80'\n",
      errors: [{ line: 3, column: 5, endColumn: 10, message: 'expected 80, 443, 8080' }],
      output: "services:\n  web:\n    ports:\n      - '80:80'\n      - '443:443'\n      - '8080:8080'\n",
    },
    {
      name: 'long and short syntax together',
      code: "services:\n  web:\n    ports:\n      - target: 80\n        published: 9000\n      - '5000:5000'\n",
      errors: [{ line: 3, column: 5 }],
      output: "services:\n  web:\n    ports:\n      - '5000:5000'\n      - target: 80\n        published: 9000\n",
    },
  ],
});
