import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-service', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on: [db]\n  db:\n    image: p:1\n',
    'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: p:1\n',
    { name: 'included files may define it', code: 'include:\n  - ./db.yaml\nservices:\n  web:\n    depends_on: [db]\n' },
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
  ],
});
