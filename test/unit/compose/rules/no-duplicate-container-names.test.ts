import { ruleTester } from '../../ruleTester';

ruleTester('no-duplicate-container-names', 'compose', {
  valid: [
    'services:\n  a:\n    container_name: one\n  b:\n    container_name: two\n',
    'services:\n  a:\n    image: x:1\n  b:\n    image: x:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    container_name: app\n  b:\n    container_name: app\n',
      errors: [{ line: 5, column: 21, endColumn: 24, message: 'already used by service "a"' }],
      output: null,
    },
    {
      name: 'names compared after interpolation',
      code: 'services:\n  a:\n    container_name: ${NAME:-app}\n  b:\n    container_name: app\n',
      errors: [{ line: 5, column: 21 }],
    },
  ],
});
