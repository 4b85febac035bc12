import { ruleTester } from '../../ruleTester';

ruleTester('service-dependencies-alphabetical-order', 'compose', {
  valid: [
    'services:\n  web:\n    depends_on:\n      - cache\n      - db\n  cache: {image: "r:1"}\n  db: {image: "p:1"}\n',
    'services:\n  web:\n    depends_on:\n      cache:\n        condition: service_started\n      db:\n        condition: service_healthy\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    depends_on:\n      - db\n      # the cache warms up first\n      - cache\n',
      errors: [{ line: 3, column: 5, endColumn: 15, message: 'expected cache, db' }],
      output: 'services:\n  web:\n    depends_on:\n      # the cache warms up first\n      - cache\n      - db\n',
    },
    {
      name: 'long form moves each dependency with its settings',
      code: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started\n    image: web:1\n',
      errors: [{ line: 3, column: 5 }],
      output: 'services:\n  web:\n    depends_on:\n      cache:\n        condition: service_started\n      db:\n        condition: service_healthy\n    image: web:1\n',
    },
    {
      name: 'flow list',
      code: 'services:\n  web:\n    depends_on: [queue, db, cache]\n',
      errors: [{ line: 3, column: 5 }],
      output: 'services:\n  web:\n    depends_on: [cache, db, queue]\n',
    },
  ],
});
