import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const alpine = (...lines: string[]): string => dockerfile('FROM alpine:3.20', ...lines);

ruleTester('DL3019', 'dockerfile', {
  valid: [
    alpine('RUN apk add --no-cache curl=8.9.1-r0'),
    { name: 'flag before the subcommand', code: alpine('RUN apk --no-cache add curl=8.9.1-r0') },
    { name: 'cache mount', code: alpine('RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.1-r0') },
    { name: 'index removed later in the RUN', code: alpine('RUN apk add curl=8.9.1-r0 && rm -rf /var/cache/apk/*') },
    { name: 'not an add', code: alpine('RUN apk update') },
    { name: '--no-network fetches no index', code: alpine('RUN apk add --no-network --virtual .rundeps so:libc.musl-x86_64.so.1') },
  ],
  invalid: [
    {
      name: 'missing',
      code: alpine('RUN apk add curl=8.9.1-r0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Add `--no-cache` to `apk add`' }],
      output: alpine('RUN apk add --no-cache curl=8.9.1-r0'),
    },
    {
      name: '--update alone keeps the index',
      code: alpine('RUN apk update && apk add --update curl=8.9.1-r0'),
      errors: [{ line: 2, column: 19, endColumn: 22 }],
      output: alpine('RUN apk update && apk add --no-cache --update curl=8.9.1-r0'),
    },
    {
      name: 'a mount elsewhere, ONBUILD',
      code: alpine('ONBUILD RUN --mount=type=cache,target=/root/.cache apk add git=2.45.2-r0'),
      errors: [{ line: 2, column: 52, endColumn: 55 }],
      output: alpine('ONBUILD RUN --mount=type=cache,target=/root/.cache apk add --no-cache git=2.45.2-r0'),
    },
  ],
});
