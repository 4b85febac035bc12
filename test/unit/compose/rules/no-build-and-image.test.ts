import { ruleTester } from '../../ruleTester';

ruleTester('no-build-and-image', 'compose', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n',
    'services:\n  web:\n    build: ./web\n',
    { name: 'pull_policy says which wins', code: 'services:\n  web:\n    build: ./web\n    image: registry.example.com/web:1.0\n    pull_policy: build\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: web:1.0\n    build: ./web\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 10, message: 'both `build` and `image`' }],
      output: null,
    },
    {
      name: 'build brought in by a merge key is reported at the merge',
      code: 'x-built: &built\n  build: .\nservices:\n  web:\n    <<: *built\n    image: web:1.0\n',
      errors: [{ line: 5, column: 9, endColumn: 15 }],
    },
  ],
});
