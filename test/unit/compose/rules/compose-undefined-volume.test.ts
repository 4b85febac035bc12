import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-volume', 'compose', {
  valid: [
    'services:\n  db:\n    volumes:\n      - data:/var/lib/data\nvolumes:\n  data: {}\n',
    { name: 'bind mounts and anonymous volumes need no declaration', code: 'services:\n  db:\n    volumes:\n      - ./conf:/etc/conf\n      - /srv/logs:/logs\n      - ~/cache:/cache\n      - /tmp/scratch\n' },
    { name: 'long syntax', code: 'services:\n  db:\n    volumes:\n      - type: volume\n        source: data\n        target: /d\nvolumes:\n  data:\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    volumes:\n      - dta:/var/lib/data\nvolumes:\n  data: {}\n',
      errors: [{ line: 4, column: 9, endColumn: 26, message: 'Did you mean "data"?' }],
    },
    {
      name: 'no top-level volumes at all',
      code: 'services:\n  db:\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data\n',
      errors: [{ line: 4, column: 9, message: 'volume "pgdata"' }],
      output: null,
    },
  ],
});
