import { ruleTester } from '../../ruleTester';

ruleTester('compose-schema', 'compose', {
  valid: [
    'name: shop\nservices:\n  web:\n    image: nginx:1.27\n    ports: ["127.0.0.1:80:80", 443]\n    deploy:\n      resources:\n        limits: {cpus: "0.5", memory: 256M}\nvolumes:\n  data:\nx-anything:\n  whatever: [1, 2]\n',
    { name: 'interpolated numbers and booleans', code: 'services:\n  web:\n    cpus: ${CPUS:-1}\n    init: ${INIT:-true}\n    deploy:\n      replicas: ${REPLICAS:-2}\n' },
    { name: 'merge keys are applied before validation', code: 'x-base: &base\n  restart: always\n  image: w:1\nservices:\n  web:\n    <<: *base\n    ports: ["127.0.0.1:80:80"]\n' },
    { name: 'version is left to no-version-field', code: "version: '3'\nservices: {}\n" },
  ],
  invalid: [
    {
      name: 'unknown key with a suggestion and its fix',
      code: 'services:\n  web:\n    imgae: nginx:1.27\n',
      errors: [{ line: 3, column: 5, endColumn: 10, message: 'Unknown key `imgae` in `services.web`; Compose refuses keys the specification does not define. Did you mean `image`?' }],
      output: 'services:\n  web:\n    image: nginx:1.27\n',
    },
    {
      name: 'wrong type',
      code: 'services:\n  web:\n    ports: "80:80"\n',
      errors: [{ line: 3, column: 12, endColumn: 19, message: '`services.web.ports` must be a list, not a string.' }],
      output: null,
    },
    {
      name: 'value outside the allowed set',
      code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: p:1\n',
      errors: [{ line: 5, column: 20, endColumn: 33, message: 'use one of `service_started`, `service_healthy`, `service_completed_successfully`' }],
    },
    {
      name: 'missing required key',
      code: 'services:\n  web:\n    depends_on:\n      db:\n        restart: true\n  db:\n    image: p:1\n',
      errors: [{ line: 4, column: 7, endColumn: 9, message: 'needs the key `condition`' }],
    },
    {
      name: 'duplicate list entry; top-level typo; bad service name',
      code: 'services:\n  web app:\n    image: w:1\n  web:\n    cap_add: [NET_ADMIN, NET_ADMIN]\nvolume:\n  data: {}\n',
      errors: [
        { line: 2, column: 3, message: 'not a valid name under `services`' },
        { line: 5, column: 26, message: 'listed twice' },
        { line: 6, column: 1, message: 'Did you mean `volumes`?' },
      ],
    },
    {
      name: 'a service that is not a mapping',
      code: 'services:\n  web: nginx\n',
      errors: [{ line: 2, column: 8, endColumn: 13, message: '`services.web` must be a mapping, not a string.' }],
    },
    {
      name: 'number out of range',
      code: 'services:\n  web:\n    cpu_percent: 150\n',
      errors: [{ line: 3, column: 18, message: 'at most 100' }],
    },
  ],
});
