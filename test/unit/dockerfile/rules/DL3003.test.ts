import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3003', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'WORKDIR /src', 'RUN make'),
    { name: 'cd as an argument', code: dockerfile('FROM debian:12', 'RUN echo cd /tmp') },
    { name: 'ONBUILD RUN is not checked (as in hadolint)', code: dockerfile('FROM debian:12', 'ONBUILD RUN cd /src && make') },
    { name: 'exec-form CMD', code: dockerfile('FROM debian:12', 'CMD ["cd", "/x"]') },
  ],
  invalid: [
    {
      name: 'cd then build',
      code: dockerfile('FROM debian:12', 'RUN cd /src && make'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 7, message: 'Use WORKDIR instead of `cd`' }],
      output: null,
    },
    {
      name: 'in a subshell, a heredoc and sh -c',
      code: dockerfile('FROM debian:12', 'RUN (cd /a && make) && sh -c "cd /b"', 'RUN <<EOF', 'cd /c', 'EOF'),
      errors: [
        { line: 2, column: 6, endColumn: 8 },
        { line: 2, column: 31, endColumn: 33 },
        { line: 4, column: 1, endColumn: 3 },
      ],
    },
  ],
});
