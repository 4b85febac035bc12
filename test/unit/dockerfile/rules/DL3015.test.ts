import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3015', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl'),
    { name: 'option after the packages', code: dockerfile('FROM debian:12', 'RUN apt-get install -y curl --no-install-recommends') },
    { name: 'APT::Install-Recommends=false', code: dockerfile('FROM debian:12', 'RUN apt-get install -y -o APT::Install-Recommends=false curl') },
    { name: 'APT::Install-Recommends=0 via --option=', code: dockerfile('FROM debian:12', 'RUN apt-get install -y --option=APT::Install-Recommends=0 curl') },
    { name: 'apt-get update', code: dockerfile('FROM debian:12', 'RUN apt-get update') },
  ],
  invalid: [
    {
      name: 'missing',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 30, message: '--no-install-recommends' }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install --no-install-recommends -y curl'),
    },
    {
      name: 'Install-Recommends=true does not count',
      code: dockerfile('FROM debian:12', 'RUN apt-get install -y -o APT::Install-Recommends=true curl'),
      errors: [{ line: 2, column: 5, endColumn: 12 }],
    },
    {
      name: 'absolute path to apt-get, continued lines',
      code: dockerfile('FROM debian:12', 'RUN /usr/bin/apt-get \\', '      install -y curl'),
      errors: [{ line: 2, column: 5, endColumn: 21 }],
      output: dockerfile('FROM debian:12', 'RUN /usr/bin/apt-get \\', '      install --no-install-recommends -y curl'),
    },
  ],
});
