import { ruleTester } from '../../ruleTester';

ruleTester('services-alphabetical-order', 'compose', {
  valid: ['services:\n  api:\n    image: a:1\n  db:\n    image: p:1\n  web:\n    image: w:1\n', 'services: {}\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: w:1\n\n  # the database\n  db:\n    image: p:1\n  api:\n    image: a:1\n',
      errors: [
        { line: 6, column: 3, endColumn: 5, message: 'Service "db" should come before "web"' },
        { line: 8, column: 3, message: 'Service "api" should come before "db"' },
      ],
      output: 'services:\n  api:\n    image: a:1\n  # the database\n  db:\n    image: p:1\n  web:\n    image: w:1\n\n',
    },
    {
      name: 'no fix when a move would put an alias before its anchor',
      code: 'services:\n  web:\n    image: w:1\n    environment: &env\n      A: "1"\n  api:\n    image: a:1\n    environment: *env\n',
      errors: [{ line: 6, column: 3 }],
      output: null,
    },
  ],
});
