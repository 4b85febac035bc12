import { ruleTester } from '../../ruleTester';

ruleTester('compose-healthy-without-healthcheck', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:1\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    { name: 'an optional dependency (required: false) only warns in Compose', code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n        required: false\n  db:\n    image: p:1\n' },
    {
      name: 'the healthcheck is in the base file of an override',
      code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:2\n',
      fileName: '/p/compose.override.yaml',
      host: { readFile: (p) => (p === '/p/compose.yaml' ? 'services:\n  db:\n    image: p:1\n    healthcheck:\n      test: [CMD, pg_isready]\n' : undefined) },
    },
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
