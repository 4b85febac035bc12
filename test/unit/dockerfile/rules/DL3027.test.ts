import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3027', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get install -y curl'),
    { name: 'apt as an argument', code: dockerfile('FROM debian:12', 'RUN echo apt install') },
    { name: 'apt-cache', code: dockerfile('FROM debian:12', 'RUN apt-cache policy curl') },
    { name: 'apt-key and aptitude are other programs', code: dockerfile('FROM debian:12', 'RUN apt-key list && aptitude search x') },
  ],
  invalid: [
    {
      name: 'apt install',
      code: dockerfile('FROM debian:12', 'RUN apt update && apt install -y curl'),
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Use `apt-get` instead of `apt`' },
        { line: 2, column: 19, endColumn: 22 },
      ],
      output: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'),
    },
    {
      name: 'search belongs to apt-cache: no automatic fix',
      code: dockerfile('FROM debian:12', 'RUN apt search curl'),
      errors: [{ line: 2, column: 5, endColumn: 8, message: 'Use `apt-cache` instead of `apt`' }],
      output: null,
    },
    {
      name: 'full path, behind sudo, in ONBUILD',
      code: dockerfile('FROM debian:12', 'ONBUILD RUN sudo /usr/bin/apt remove -y vim'),
      errors: [{ line: 2, column: 18, endColumn: 30 }],
      output: dockerfile('FROM debian:12', 'ONBUILD RUN sudo /usr/bin/apt-get remove -y vim'),
    },
  ],
});
