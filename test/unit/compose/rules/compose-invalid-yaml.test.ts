import { ruleTester } from '../../ruleTester';

ruleTester('compose-invalid-yaml', 'compose', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', ''],
  invalid: [
    {
      name: 'duplicate key',
      code: 'services:\n  web:\n    image: a:1\n    image: b:2\n',
      errors: [{ line: 4, column: 5, endColumn: 10, message: 'Map keys must be unique' }],
      output: null,
    },
    {
      name: 'bad indentation',
      code: 'services:\n  web:\n    image: a:1\n   ports: []\n',
      errors: [{ line: 4, column: 4 }],
    },
    { name: 'unclosed quote: the last line with content', code: 'services:\n  web:\n    image: "a:1\n', errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16 }] },
  ],
});
