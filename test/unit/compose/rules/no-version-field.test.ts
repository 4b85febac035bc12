import { ruleTester } from '../../ruleTester';

ruleTester('no-version-field', 'compose', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', { name: 'a service key named version is fine', code: 'services:\n  version:\n    image: v:1\n' }],
  invalid: [
    {
      code: "version: '3.8'\nservices:\n  web:\n    image: nginx:1.27\n",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 8, message: 'obsolete' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'in the middle of the file, CRLF line ends',
      code: 'name: app\r\nversion: "3"\r\nservices: {}\r\n',
      errors: [{ line: 2, column: 1 }],
      output: 'name: app\r\nservices: {}\r\n',
    },
    {
      // Fuzz fixture fix-idempotent-9bhl6i: deleting only the first left the second, and the fix came back.
      name: 'written twice: one finding, and its fix deletes both lines',
      code: "version: '3.8'\nservices: {}\nversion: dup\n",
      errors: [{ line: 1, column: 1, endColumn: 8 }],
      output: 'services: {}\n',
    },
  ],
});
