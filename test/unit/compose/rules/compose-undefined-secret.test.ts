import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-secret', 'compose', {
  valid: ['services:\n  db:\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./db_password.txt\n'],
  invalid: [
    {
      code: 'services:\n  db:\n    secrets:\n      - db_pasword\nsecrets:\n  db_password:\n    file: ./pw.txt\n',
      errors: [{ line: 4, column: 9, endColumn: 19, message: 'Did you mean "db_password"?' }],
      output: 'services:\n  db:\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./pw.txt\n',
    },
    {
      name: 'long syntax names the source',
      code: 'services:\n  db:\n    secrets:\n      - source: api_key\n        target: key\n',
      errors: [{ line: 4, column: 17, endColumn: 24 }],
    },
  ],
});
