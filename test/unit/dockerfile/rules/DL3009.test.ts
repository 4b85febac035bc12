import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3009', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    { name: 'rm -fr and no glob', code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/lists') },
    { name: 'separate -r -f flags', code: dockerfile('FROM debian:12', 'RUN apt-get update && rm -r -f /var/lib/apt/lists/*') },
    { name: 'apt-get distclean', code: dockerfile('FROM debian:13', 'RUN apt-get update && apt-get install -y curl && apt-get distclean') },
    { name: 'cache mount on the lists', code: dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl') },
    {
      name: 'cache mounts on /var/lib/apt and /var/cache/apt',
      code: dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\', '    --mount=type=cache,target=/var/lib/apt,sharing=locked \\', '    apt-get update && apt-get install -y curl'),
    },
    { name: 'tmpfs mount', code: dockerfile('FROM debian:12', 'RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update') },
    { name: 'builder stage only copied from', code: dockerfile('FROM debian:12 AS build', 'RUN apt-get update && apt-get install -y gcc', 'FROM scratch', 'COPY --from=build /out /') },
    { name: 'heredoc with cleanup', code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF') },
    { name: 'no update at all', code: dockerfile('FROM debian:12', 'RUN apt-get install -y curl') },
  ],
  invalid: [
    {
      name: 'an unclosed quote would swallow the appended cleanup, so no fix (fuzz regression)',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && echo "lib \\', '  done'),
      errors: [{ line: 2, column: 5, endColumn: 19, message: 'rm -rf /var/lib/apt/lists/*' }],
      output: null,
    },
    {
      name: 'no cleanup',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19, message: 'rm -rf /var/lib/apt/lists/*' }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'removing something else does not clean the lists (hadolint accepts any rm -rf)',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/*'),
      errors: [{ line: 2, column: 5, endColumn: 19 }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/* && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'cleanup before the update does not count',
      code: dockerfile('FROM debian:12', 'RUN rm -rf /var/lib/apt/lists/* && apt update'),
      errors: [{ line: 2, column: 36, endColumn: 46, message: '`apt update`' }],
    },
    {
      name: 'multi-line RUN: appended after the last line',
      code: dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y curl'),
      errors: [{ line: 2, column: 5, endColumn: 19 }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'script ending with ;',
      code: dockerfile('FROM debian:12', 'RUN apt-get update; apt-get install -y curl;'),
      errors: [{ line: 2, column: 5, endColumn: 19 }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update; apt-get install -y curl; rm -rf /var/lib/apt/lists/*'),
    },
    {
      name: 'heredoc: the cleanup goes on its own line before the terminator',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
      errors: [{ line: 3, column: 1, endColumn: 15 }],
      output: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'rm -rf /var/lib/apt/lists/*', 'EOF'),
    },
    {
      // Fuzz fixture fix-idempotent-1dqbz4n-2: the script's own `cat <<EOF` is never closed inside the
      // RUN heredoc, so a line added before the terminator would be text for cat, not a command.
      name: 'heredoc script that opens a shell heredoc it does not close: no fix',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'cat <<EOF', 'x', 'EOF'),
      errors: [{ line: 3, column: 1, endColumn: 15 }],
      output: null,
    },
    {
      name: 'heredoc script whose shell heredoc is closed: the cleanup still goes before the terminator',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'cat <<-END > f', '\tx', '\tEND', 'EOF'),
      errors: [{ line: 3, column: 1, endColumn: 15 }],
      output: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'cat <<-END > f', '\tx', '\tEND', 'rm -rf /var/lib/apt/lists/*', 'EOF'),
    },
    {
      name: 'stage used as a base later is reported',
      code: dockerfile('FROM debian:12 AS base', 'RUN apt-get update', 'FROM base', 'RUN echo ok'),
      errors: [{ line: 2, column: 5, endColumn: 19 }],
    },
    {
      name: 'a trailing shell comment: no fix, since the cleanup would be commented out',
      code: dockerfile('FROM debian:12', 'RUN apt-get update # refresh'),
      errors: [{ line: 2, column: 5, endColumn: 19 }],
      output: null,
    },
    {
      name: 'cache mount elsewhere does not help',
      code: dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/root/.cache apt-get update'),
      errors: [{ line: 2, column: 44, endColumn: 58 }],
    },
  ],
});
