import { ruleTester } from '../../ruleTester';

ruleTester('compose-container-name-scaled', 'compose', {
  valid: ['services:\n  web:\n    container_name: web\n    deploy:\n      replicas: 1\n', 'services:\n  web:\n    deploy:\n      replicas: 3\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    container_name: web\n    deploy:\n      replicas: 3\n',
      errors: [{ line: 3, column: 5, endColumn: 19, message: 'asks for 3 containers' }],
      output: null,
    },
    { name: 'scale', code: 'services:\n  worker:\n    scale: 2\n    container_name: worker\n', errors: [{ line: 4, column: 5 }] },
  ],
});
