import { ruleTester } from '../../ruleTester';

ruleTester('compose-dependency-without-healthcheck', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on: [db]\n  db:\n    image: p:1\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    { name: 'one-shot jobs are waited for to finish', code: 'services:\n  web:\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    image: m:1\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    depends_on: [db]\n  api:\n    depends_on: [db]\n  db:\n    image: p:1\n',
      errors: [{ line: 6, column: 3, endColumn: 5, message: 'dependency of "web", "api"' }],
      output: null,
    },
  ],
});
