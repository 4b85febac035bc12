import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3014', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get install -y curl'),
    { name: '--yes', code: dockerfile('FROM debian:12', 'RUN apt-get install --yes curl') },
    { name: '--assume-yes', code: dockerfile('FROM debian:12', 'RUN apt-get install --assume-yes curl') },
    { name: 'y inside a cluster', code: dockerfile('FROM debian:12', 'RUN apt-get install -qy curl') },
    { name: '-qq implies yes', code: dockerfile('FROM debian:12', 'RUN apt-get -qq install curl') },
    { name: 'two -q', code: dockerfile('FROM debian:12', 'RUN apt-get -q -q install curl') },
    { name: '-q=2', code: dockerfile('FROM debian:12', 'RUN apt-get -q=2 install curl') },
    { name: 'two --quiet', code: dockerfile('FROM debian:12', 'RUN apt-get --quiet --quiet install curl') },
    { name: 'Assume-Yes set with -o (hadolint misses it)', code: dockerfile('FROM debian:12', 'RUN apt-get -o APT::Get::Assume-Yes=true install curl') },
    { name: 'not an install', code: dockerfile('FROM debian:12', 'RUN apt-get update') },
    { name: 'a simulation asks nothing', code: dockerfile('FROM debian:12', 'RUN if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then echo yes; fi') },
  ],
  invalid: [
    {
      name: 'no -y',
      code: dockerfile('FROM debian:12', 'RUN apt-get install curl'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: 'Add `-y` to `apt-get install`' }],
      output: dockerfile('FROM debian:12', 'RUN apt-get install -y curl'),
    },
    {
      name: 'one -q is not enough',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get -q install curl'),
      errors: [{ line: 2, column: 23, endColumn: 30 }],
      output: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get -q install -y curl'),
    },
    {
      name: 'y as a value of -o is not -y',
      code: dockerfile('FROM debian:12', 'RUN apt-get -o y install curl'),
      errors: [{ line: 2, column: 5, endColumn: 12 }],
    },
    {
      name: 'in a heredoc and in ONBUILD',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get install git', 'EOF', 'ONBUILD RUN apt-get install make'),
      errors: [
        { line: 3, column: 1, endColumn: 8 },
        { line: 5, column: 13, endColumn: 20 },
      ],
      output: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get install -y git', 'EOF', 'ONBUILD RUN apt-get install -y make'),
    },
  ],
});
