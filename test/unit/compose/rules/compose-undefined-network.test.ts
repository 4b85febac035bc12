import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-network', 'compose', {
  valid: [
    'services:\n  web:\n    networks: [front]\nnetworks:\n  front: {}\n',
    { name: 'the default network always exists', code: 'services:\n  web:\n    networks: [default]\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    networks:\n      - frontend\nnetworks:\n  front: {}\n',
      errors: [{ line: 4, column: 9, endColumn: 17, message: 'network "frontend"' }],
      output: null,
    },
    {
      name: 'map form, typo with a fix',
      code: 'services:\n  web:\n    networks:\n      bakend:\n        aliases: [api]\nnetworks:\n  backend: {}\n',
      errors: [{ line: 4, column: 7, endColumn: 13, message: 'Did you mean "backend"?' }],
      output: 'services:\n  web:\n    networks:\n      backend:\n        aliases: [api]\nnetworks:\n  backend: {}\n',
    },
  ],
});
