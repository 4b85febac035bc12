import { ruleTester } from '../../ruleTester';

ruleTester('service-keys-order', 'compose', {
  valid: [
    'services:\n  web:\n    image: web:1\n    depends_on: [db]\n    environment:\n      A: "1"\n    ports: ["127.0.0.1:80:80"]\n    command: run\n    labels: [a=b]\n    user: app\n    cpus: 1\n  db:\n    image: p:1\n',
    { name: 'a merge key may stay first', code: 'x-c: &c\n  restart: always\nservices:\n  web:\n    <<: *c\n    image: web:1\n    restart: always\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports:\n      - "127.0.0.1:80:80"\n    # where it comes from\n    image: web:1\n    environment:\n      A: "1"\n',
      errors: [
        { line: 6, column: 5, endColumn: 10, message: 'Key "image" of service "web" should come before "ports"' },
        { line: 7, column: 5, message: '"environment"' },
      ],
      output: 'services:\n  web:\n    # where it comes from\n    image: web:1\n    environment:\n      A: "1"\n    ports:\n      - "127.0.0.1:80:80"\n',
    },
    {
      name: 'unknown keys go last, alphabetically',
      code: 'services:\n  web:\n    stop_signal: SIGTERM\n    cpus: 2\n    image: web:1\n',
      errors: [{ line: 4, column: 5 }, { line: 5, column: 5 }],
      output: 'services:\n  web:\n    image: web:1\n    cpus: 2\n    stop_signal: SIGTERM\n',
    },
  ],
});
