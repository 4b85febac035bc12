import { ruleTester } from '../../ruleTester';

ruleTester('DL1001', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\n',
    { name: 'global and stage pragmas are configuration, not inline', code: '# hadolint global ignore=DL3006\nFROM alpine\n' },
    { name: 'stage pragma', code: '# hadolint stage ignore=DL3006\nFROM alpine\n' },
    { name: 'ordinary comment', code: '# ignore this: hadolint is great\nFROM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'hadolint inline pragma',
      code: 'FROM alpine:3.20\n# hadolint ignore=DL3018\nRUN apk add curl\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 25, message: 'Inline ignore' }],
    },
    {
      name: 'own inline form',
      code: 'FROM alpine:3.20\n# infra-coach ignore=DL3018 -- pinned by the base image\nRUN apk add curl\n',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
