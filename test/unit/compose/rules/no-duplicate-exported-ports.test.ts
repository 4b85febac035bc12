import { ruleTester } from '../../ruleTester';

ruleTester('no-duplicate-exported-ports', 'compose', {
  valid: [
    "services:\n  a:\n    ports: ['8080:80']\n  b:\n    ports: ['8081:80']\n",
    { name: 'same port, different protocol', code: "services:\n  a:\n    ports: ['53:53/tcp']\n  b:\n    ports: ['53:53/udp']\n" },
    { name: 'same port on two specific addresses', code: "services:\n  a:\n    ports: ['127.0.0.1:80:80']\n  b:\n    ports: ['127.0.0.2:80:80']\n" },
    { name: 'container ports only', code: "services:\n  a:\n    ports: ['80']\n  b:\n    ports: ['80']\n" },
  ],
  invalid: [
    {
      code: "services:\n  a:\n    ports:\n      - '8080:80'\n  b:\n    ports:\n      - '8080:8080'\n",
      errors: [{ line: 7, column: 9, endColumn: 20, message: 'service "a" already publishes' }],
      output: null,
    },
    {
      name: 'a range overlapping a single port',
      code: "services:\n  a:\n    ports: ['9000-9005:9000-9005']\n  b:\n    ports: ['9003:80']\n",
      errors: [{ line: 5, column: 13 }],
    },
    {
      name: 'all interfaces clash with a specific address; long syntax',
      code: "services:\n  a:\n    ports: ['127.0.0.1:5432:5432']\n  b:\n    ports:\n      - target: 5432\n        published: 5432\n",
      errors: [{ line: 6, column: 9 }],
    },
  ],
});
