import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL4001', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN curl -fsSLO https://example.com/a', 'RUN curl -fsSLO https://example.com/b'),
    { name: 'separate stages', code: dockerfile('FROM debian:12 AS a', 'RUN curl -fsSLO https://x/a', 'FROM debian:12', 'RUN wget -nv https://x/b') },
    { name: 'installing wget is not using it', code: dockerfile('FROM debian:12', 'RUN apt-get install -y wget=1.21 && curl -fsSLO https://x/a') },
  ],
  invalid: [
    {
      name: 'both in one RUN',
      code: dockerfile('FROM debian:12', 'RUN wget -nv https://x/a && curl -fsSLO https://x/b'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'both `curl` and `wget`' }],
      output: null,
    },
    {
      name: 'reported from the RUN where the second tool appears on',
      code: dockerfile('FROM debian:12', 'RUN curl -fsSLO https://x/a', 'RUN wget -nv https://x/b', 'RUN curl -fsSLO https://x/c', 'ONBUILD RUN wget -q https://x/d'),
      errors: [
        { line: 3, column: 5, endColumn: 9 },
        { line: 4, column: 5, endColumn: 9 },
        { line: 5, column: 13, endColumn: 17 },
      ],
    },
  ],
});
