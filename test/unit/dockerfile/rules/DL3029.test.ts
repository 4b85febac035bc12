import { ruleTester } from '../../ruleTester';

ruleTester('DL3029', 'dockerfile', {
  valid: [
    'FROM alpine:3.20\n',
    { name: 'build platform', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' },
    { name: 'target architecture combination', code: 'FROM --platform=linux/$TARGETARCH alpine:3.20\n' },
    { name: 'stage named for its architecture (as BuildKit)', code: 'FROM --platform=linux/arm64 alpine:3.20 AS build-arm64\n' },
    { name: 'stage named for its OS', code: 'FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows-base\n' },
  ],
  invalid: [
    {
      name: 'constant platform',
      code: 'FROM --platform=linux/amd64 alpine:3.20\n',
      errors: [{ line: 1, column: 17, endLine: 1, endColumn: 28, message: 'constant' }],
    },
    {
      name: 'constant platform, unrelated stage name',
      code: 'FROM --platform=linux/arm64 alpine:3.20 AS build\n',
      errors: [{ line: 1, column: 17 }],
    },
  ],
});
