import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3059', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=8.1'),
    { name: 'another instruction in between', code: dockerfile('FROM debian:12', 'RUN echo a', 'ENV X=1', 'RUN echo b') },
    { name: 'different mounts', code: dockerfile('FROM debian:12', 'RUN --mount=type=cache,target=/a echo a', 'RUN --mount=type=cache,target=/b echo b') },
    { name: 'previous RUN has more than two commands', code: dockerfile('FROM debian:12', 'RUN a && b && c', 'RUN d') },
    { name: 'this RUN has more than two commands', code: dockerfile('FROM debian:12', 'RUN a', 'RUN b && c && d') },
    { name: 'a heredoc that is data or another language may hold any amount of work', code: dockerfile('FROM python:3.12', 'RUN cat <<EOF > /etc/app.conf', 'x=1', 'EOF', 'RUN python3 <<EOF', 'print(1)', 'EOF', 'RUN echo done') },
    { name: 'different stages', code: dockerfile('FROM debian:12 AS a', 'RUN echo a', 'FROM debian:12', 'RUN echo b') },
  ],
  invalid: [
    {
      name: 'two short RUNs',
      code: dockerfile('FROM debian:12', 'RUN echo a', 'RUN echo b'),
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, message: 'merge them with `&&`' }],
      output: dockerfile('FROM debian:12', 'RUN echo a \\', '    && echo b'),
    },
    {
      name: 'merging after a trailing ; and with identical flags',
      code: dockerfile('FROM debian:12', 'RUN --network=none echo a;', 'RUN --network=none echo b'),
      errors: [{ line: 3, column: 1, endColumn: 4 }],
      output: dockerfile('FROM debian:12', 'RUN --network=none echo a; \\', '    echo b'),
    },
    {
      name: 'no merge fix across a comment or a heredoc',
      code: dockerfile('FROM debian:12', 'RUN echo a', '# keep', 'RUN echo b', 'RUN <<EOF', 'echo c', 'EOF'),
      errors: [
        { line: 4, column: 1, endColumn: 4 },
        { line: 5, column: 1, endColumn: 4 },
      ],
      output: null,
    },
    {
      name: 'comments between do not separate; chains report each',
      code: dockerfile('FROM debian:12', 'RUN a && b', '# why', 'run c', 'RUN --network=none d', 'RUN --network=none e | f'),
      errors: [
        { line: 4, column: 1, endColumn: 4 },
        { line: 6, column: 1, endColumn: 4 },
      ],
    },
  ],
});
