import { ruleTester } from '../ruleTester';

ruleTester('unused-suppression', 'dockerfile', {
  valid: [
    {
      name: 'the pragma silences a real finding',
      code: 'FROM ubuntu:24.04\n# hadolint ignore=DL3008\nRUN apt-get install -y --no-install-recommends curl\n',
    },
    {
      name: 'our own form with a reason, in use',
      code: 'FROM ubuntu:24.04\n# infra-coach ignore=DL3008 -- pinned by the base image\nRUN apt-get install -y --no-install-recommends curl\n',
    },
  ],
  invalid: [
    {
      name: 'the package is pinned, so DL3008 has nothing to report',
      code: 'FROM ubuntu:24.04\n# hadolint ignore=DL3008\nRUN apt-get install -y --no-install-recommends curl=8.5.0-2\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 25, message: 'silences nothing' }],
    },
    {
      name: 'an alias that matches nothing either',
      code: 'FROM ubuntu:24.04\n# infra-coach ignore=MaintainerDeprecated -- old\nLABEL a=b\n',
      errors: [{ line: 2, column: 1, message: 'MaintainerDeprecated' }],
    },
  ],
});
