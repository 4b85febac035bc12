import { ruleTester } from '../../ruleTester';

ruleTester('compose-undefined-config', 'compose', {
  valid: ['services:\n  web:\n    configs: [nginx_conf]\nconfigs:\n  nginx_conf:\n    file: ./nginx.conf\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    configs:\n      - nginx\n',
      errors: [{ line: 4, column: 9, endColumn: 14, message: 'config "nginx"' }],
      output: null,
    },
  ],
});
