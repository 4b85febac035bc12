import { ruleTester } from '../../ruleTester';

ruleTester('compose-host-network', 'compose', {
  valid: ['services:\n  web:\n    network_mode: bridge\n', 'services:\n  web:\n    network_mode: "service:vpn"\n'],
  invalid: [{ code: 'services:\n  web:\n    network_mode: host\n', errors: [{ line: 3, column: 19, endColumn: 23, message: "host's network stack" }], output: null }],
});
