import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const alpine = (...lines: string[]): string => dockerfile('FROM alpine:3.20', ...lines);

ruleTester('DL3018', 'dockerfile', {
  valid: [
    alpine('RUN apk add --no-cache curl=8.9.1-r0'),
    { name: 'fuzzy pins', code: alpine("RUN apk add --no-cache 'bash~5.2' 'git>2.40' 'make<5'") },
    { name: 'local .apk', code: alpine('RUN apk add --allow-untrusted ./pkg.apk') },
    { name: 'virtual package name is not a package', code: alpine('RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0') },
    { name: '-t value', code: alpine('RUN apk add -t .deps gcc=13.2.1_git20240309-r0') },
    { name: 'repository value', code: alpine('RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0') },
    { name: 'a forbidden package (!name) has nothing to pin', code: alpine('RUN apk add --no-cache !pyc') },
    { name: 'apk del', code: alpine('RUN apk del curl') },
    { name: 'ARG default pins', code: alpine('ARG V=8.9.1-r0', 'RUN apk add --no-cache curl=$V') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: alpine('RUN apk add --no-cache curl'),
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 28, message: 'Pin the version of `curl` (apk add curl=<version>' }],
      output: null,
    },
    {
      name: 'after a virtual name, across lines',
      code: alpine('RUN apk add --no-cache --virtual .deps \\', '      gcc \\', '      musl-dev=1.2.5-r0'),
      errors: [{ line: 3, column: 7, endColumn: 10 }],
    },
    {
      name: 'ARG default resolved, ONBUILD',
      code: alpine('ARG PKGS="git bash=5.2.26-r0"', 'ONBUILD RUN apk add --no-cache $PKGS'),
      errors: [{ line: 3, column: 32, endColumn: 37, message: '`git`' }],
    },
    {
      name: 'two unpinned from one variable',
      code: alpine('ARG PKGS="git make"', 'RUN apk add --no-cache $PKGS'),
      errors: [{ line: 3, column: 24, endColumn: 29, message: 'Pin the versions of `git` and `make` from `$PKGS`' }],
    },
  ],
});
