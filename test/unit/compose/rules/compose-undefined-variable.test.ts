import { ruleTester } from '../../ruleTester';

const env = (text: string) => ({ readFile: (p: string) => (p === '/app/.env' ? text : undefined) });

ruleTester('compose-undefined-variable', 'compose', {
  valid: [
    'services:\n  web:\n    image: nginx:${TAG:-1.27}\n    command: echo $$HOME\n',
    { name: 'set in .env beside the file', code: 'services:\n  web:\n    image: nginx:${TAG}\n', fileName: '/app/compose.yaml', host: env('TAG=1.27\n') },
    { name: 'variables in an unused default are not needed', code: 'services:\n  web:\n    image: ${IMAGE:-nginx:${TAG}}\n', fileName: '/app/compose.yaml', host: env('IMAGE=nginx:1\n') },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: "nginx:${TAG}"\n    environment:\n      - URL=http://$HOST:8080\n',
      errors: [
        { line: 3, column: 19, endColumn: 25, message: '${TAG} has no value' },
        { line: 5, column: 20, endColumn: 25, message: '${HOST}' },
      ],
      output: null,
    },
    {
      name: 'required variable with its message',
      code: 'services:\n  db:\n    environment:\n      PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}\n',
      fileName: '/app/compose.yaml',
      host: env('OTHER=1\n'),
      errors: [{ line: 4, column: 17, message: 'is required ("set DB_PASSWORD in .env")' }],
    },
    {
      name: 'an empty value in .env does not satisfy :?',
      code: 'services:\n  db:\n    image: ${IMAGE:?}\n',
      fileName: '/app/compose.yaml',
      host: env('IMAGE=\n'),
      errors: [{ line: 3, column: 12 }],
    },
  ],
});
