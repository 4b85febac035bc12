import { ruleTester } from '../../ruleTester';

ruleTester('DL3057', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK CMD ["/bin/check"]\n',
    { name: 'HEALTHCHECK NONE says so on purpose', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\n' },
    { name: 'inherited from a base stage', code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD ["/bin/check"]\nFROM base\n' },
    { name: 'builder stage only copied from', code: 'FROM golang:1.22 AS build\nRUN true\nFROM alpine:3.20\nCOPY --from=build /a /a\nHEALTHCHECK NONE\n' },
  ],
  invalid: [
    { name: 'final stage without one', code: 'FROM alpine:3.20\nCMD ["sh"]\n', errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5, message: 'no HEALTHCHECK' }] },
    {
      name: 'each image stage',
      code: 'FROM alpine:3.20 AS dev\nFROM alpine:3.20 AS prod\nHEALTHCHECK NONE\n',
      errors: [{ line: 1, column: 1, message: 'stage dev' }],
    },
  ],
});
