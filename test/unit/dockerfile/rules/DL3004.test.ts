import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3004', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'USER root', 'RUN apt-get update'),
    { name: 'sudo installed as a package', code: dockerfile('FROM debian:12', 'RUN apt-get install -y sudo=1.9') },
    { name: 'the word in a string', code: dockerfile('FROM debian:12', "RUN echo 'use sudo wisely'") },
  ],
  invalid: [
    {
      name: 'sudo before a command',
      code: dockerfile('FROM debian:12', 'RUN sudo apt-get update'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'Do not use `sudo`' }],
      output: null,
    },
    {
      name: 'with options, later in a chain, in ONBUILD',
      code: dockerfile('FROM debian:12', 'RUN make && sudo -u app make install', 'ONBUILD RUN sudo ls'),
      errors: [
        { line: 2, column: 13, endColumn: 17 },
        { line: 3, column: 13, endColumn: 17 },
      ],
    },
    {
      name: 'sudo alone',
      code: dockerfile('FROM debian:12', 'RUN sudo -v'),
      errors: [{ line: 2, column: 5, endColumn: 9 }],
    },
  ],
});
