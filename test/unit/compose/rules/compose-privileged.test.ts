import { ruleTester } from '../../ruleTester';

ruleTester('compose-privileged', 'compose', {
  valid: ['services:\n  web:\n    privileged: false\n', 'services:\n  web:\n    cap_add: [NET_ADMIN]\n'],
  invalid: [
    { code: 'services:\n  web:\n    privileged: true\n', errors: [{ line: 3, column: 17, endColumn: 21, message: 'runs privileged' }], output: null },
    {
      name: 'through a merge key: reported where this service merges it',
      code: 'x-priv: &priv\n  privileged: true\nservices:\n  a:\n    <<: *priv\n  b:\n    <<: *priv\n',
      errors: [{ line: 5, column: 9, endColumn: 14 }, { line: 7, column: 9 }],
    },
  ],
});
