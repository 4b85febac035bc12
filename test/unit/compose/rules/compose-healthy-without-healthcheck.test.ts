import { ruleTester } from '../../ruleTester';

ruleTester('compose-healthy-without-healthcheck', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:1\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    { name: 'service_started needs no healthcheck', code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_started\n  db:\n    image: p:1\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:1\n',
      errors: [{ line: 5, column: 20, endColumn: 35, message: 'has no `healthcheck`' }],
      output: null,
    },
    {
      name: 'a disabled healthcheck never reports healthy',
      code: 'services:\n  web:\n    depends_on:\n      db: {condition: service_healthy}\n  db:\n    image: p:1\n    healthcheck:\n      disable: true\n',
      errors: [{ line: 4, column: 23, message: 'disables its healthcheck' }],
    },
  ],
});
