import { ruleTester } from '../../ruleTester';

ruleTester('FromAsCasing', 'dockerfile', {
  valid: [
    'FROM alpine:3.20 AS build\n',
    'from alpine:3.20 as build\nrun true\n',
    'FROM alpine:3.20\n',
    { name: 'a mixed-case FROM is ConsistentInstructionCasing business', code: 'From alpine:3.20 as build\n' },
    {
      name: 'a lowercase FROM in an uppercase file: fixing FROM fixes the pair',
      code: 'FROM alpine:3.20 AS base\nRUN true\nfrom base AS final\n',
    },
  ],
  invalid: [
    {
      name: 'uppercase FROM with lowercase as',
      code: 'FROM alpine:3.20 as build\n',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 20, message: "'as' does not match the casing of 'FROM'" }],
      output: 'FROM alpine:3.20 AS build\n',
    },
    {
      name: 'lowercase FROM with uppercase AS in a lowercase file',
      code: 'from alpine:3.20 AS build\nrun true\n',
      errors: [{ line: 1, column: 18, endColumn: 20 }],
      output: 'from alpine:3.20 as build\nrun true\n',
    },
    {
      name: 'mixed-case As',
      code: 'FROM --platform=linux/amd64 alpine:3.20 As build\n',
      errors: [{ line: 1, column: 41, endColumn: 43 }],
      output: 'FROM --platform=linux/amd64 alpine:3.20 AS build\n',
    },
  ],
});
