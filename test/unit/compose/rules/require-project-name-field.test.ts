import { ruleTester } from '../../ruleTester';

ruleTester('require-project-name-field', 'compose', {
  valid: ['name: shop\nservices:\n  web:\n    image: nginx:1.27\n', { name: 'an empty file is not a project yet', code: '# nothing here\n' }],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 1, column: 1, endColumn: 9, message: 'no top-level `name`' }],
      output: null,
    },
  ],
});
