import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-service', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on: [db]\n  db:\n    image: p:1\n',
    'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:1\n',
    { name: 'included files may define it', code: 'include:\n  - ./db.yaml\nservices:\n  web:\n    depends_on: [db]\n' },
    {
      name: 'an override file sees the services of the base file beside it',
      code: 'services:\n  web:\n    depends_on: [db]\n',
      fileName: '/p/compose.prod.yaml',
      host: { readFile: (p) => (p === '/p/compose.yaml' ? 'services:\n  db:\n    image: p:1\n' : undefined) },
    },
    { name: 'an override file whose base cannot be read is not judged', code: 'services:\n  web:\n    depends_on: [db]\n', fileName: '/p/docker-compose.override.yml' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    depends_on:\n      - dbb\n  db:\n    image: p:1\n',
      errors: [{ line: 4, column: 9, endColumn: 12, message: 'Did you mean "db"?' }],
      output: 'services:\n  web:\n    depends_on:\n      - db\n  db:\n    image: p:1\n',
    },
    {
      name: 'long form, no close name',
      code: 'services:\n  web:\n    depends_on:\n      queue:\n        condition: service_started\n  db:\n    image: p:1\n',
      errors: [{ line: 4, column: 7, endColumn: 12, message: 'not defined in this file' }],
      output: null,
    },
    {
      name: 'an override file whose base does not define it either',
      code: 'services:\n  web:\n    depends_on: [cache]\n',
      fileName: '/p/compose.dev.yaml',
      host: { readFile: (p) => (p === '/p/compose.yaml' ? 'services:\n  db:\n    image: p:1\n' : undefined) },
      errors: [{ line: 3, column: 18, endColumn: 23 }],
    },
  ],
});
