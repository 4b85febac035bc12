import { ruleTester } from '../../ruleTester';

ruleTester('service-container-name-regex', 'compose', {
  valid: ['services:\n  web:\n    container_name: my-app_1.web\n', 'services:\n  web:\n    image: nginx:1.27\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    container_name: "my app"\n',
      errors: [{ line: 3, column: 21, endColumn: 29, message: 'not allowed' }],
      output: null,
    },
    { name: 'must start with a letter or digit', code: 'services:\n  web:\n    container_name: -app\n', errors: [{ line: 3, column: 21 }] },
  ],
});
