import { ruleTester } from '../../ruleTester';

ruleTester('compose-docker-socket', 'compose', {
  valid: ['services:\n  web:\n    volumes:\n      - ./run:/run/app\n'],
  invalid: [
    {
      code: 'services:\n  traefik:\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
      errors: [{ line: 4, column: 9, endColumn: 53, message: 'Docker socket' }],
      output: null,
    },
    {
      name: 'long syntax and the /run path',
      code: 'services:\n  agent:\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n',
      errors: [{ line: 4, column: 9 }],
    },
  ],
});
