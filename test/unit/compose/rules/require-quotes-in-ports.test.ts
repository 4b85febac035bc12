import { ruleTester } from '../../ruleTester';

ruleTester('require-quotes-in-ports', 'compose', {
  valid: [
    "services:\n  web:\n    ports:\n      - '8080:80'\n    expose:\n      - '9000'\n",
    { name: 'long syntax', code: 'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports:\n      - 8080:80\n      - "443:443"\n    expose:\n      - 9000\n',
      errors: [
        { line: 4, column: 9, endColumn: 16, message: 'single quotes' },
        { line: 5, column: 9, endColumn: 18 },
        { line: 7, column: 9, endColumn: 13 },
      ],
      output: "services:\n  web:\n    ports:\n      - '8080:80'\n      - '443:443'\n    expose:\n      - '9000'\n",
    },
    {
      name: 'flow list',
      code: 'services:\n  web:\n    ports: [22:22]\n',
      errors: [{ line: 3, column: 13, endColumn: 18 }],
      output: "services:\n  web:\n    ports: ['22:22']\n",
    },
  ],
});
