import { ruleTester } from '../../ruleTester';

ruleTester('InvalidDefinitionDescription', 'dockerfile', {
  valid: [
    '# build compiles the binary\nFROM golang:1.22 AS build\n# VERSION is the release to build\nARG VERSION=1\n',
    { name: 'a blank line separates an unrelated comment', code: '# a note\n\nFROM alpine:3.20 AS base\n' },
    { name: 'a stage without a name has no description', code: '# anything\nFROM alpine:3.20\n' },
    { name: 'one of several ARG names', code: 'FROM alpine:3.20\n# B is the second\nARG A=1 B=2\n' },
    { name: 'ignore comments are not descriptions', code: '# hadolint ignore=DL3006\nFROM alpine AS base\n' },
  ],
  invalid: [
    {
      name: 'a comment above a named stage',
      code: '# a non-descriptive comment\nFROM scratch AS base\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 28, message: 'write "# base <description>"' }],
      output: null,
    },
    {
      name: 'a comment above an ARG, nearest comment decides',
      code: 'FROM alpine:3.20\n# VERSION is fine\n# but this one is nearest\nARG VERSION=1\n',
      errors: [{ line: 3, column: 1, endColumn: 26, message: "ARG 'VERSION'" }],
    },
    {
      name: 'several ARG names',
      code: 'FROM alpine:3.20\n# settings\nARG A=1 B=2\n',
      errors: [{ line: 2, column: 1, message: '# <arg_key> <description>' }],
    },
  ],
});
