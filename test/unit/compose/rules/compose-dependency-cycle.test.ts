import { ruleTester } from '../../ruleTester';

ruleTester('compose-dependency-cycle', 'compose', {
  valid: ['services:\n  a:\n    depends_on: [b]\n  b:\n    depends_on: [c]\n  c:\n    image: c:1\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    depends_on: [b]\n  b:\n    depends_on: [c]\n  c:\n    depends_on: [a]\n',
      errors: [{ line: 7, column: 18, endColumn: 19, message: 'a → b → c → a' }],
      output: null,
    },
    { name: 'a service that depends on itself', code: 'services:\n  a:\n    depends_on:\n      a:\n        condition: service_started\n', errors: [{ line: 4, column: 7, message: 'a → a' }] },
  ],
});
