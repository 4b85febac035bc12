import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

ruleTester('DL3008', 'dockerfile', {
  valid: [
    dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=7.88.1-10'),
    { name: 'version glob', code: dockerfile('FROM debian:12', 'RUN apt-get install -y python3=3.11.*') },
    { name: 'target release suffix', code: dockerfile('FROM debian:12', 'RUN apt-get install -y curl/bookworm-backports') },
    { name: 'local .deb file', code: dockerfile('FROM debian:12', 'RUN apt-get install -y ./pkg.deb') },
    { name: 'value of -t is not a package', code: dockerfile('FROM debian:12', 'RUN apt-get install -y -t bookworm-backports curl=8.1') },
    { name: 'value of -o is not a package', code: dockerfile('FROM debian:12', 'RUN apt-get -o Dpkg::Options::=--force-confold install -y curl=8.1') },
    { name: 'apt-get update alone', code: dockerfile('FROM debian:12', 'RUN apt-get update') },
    { name: 'install is a package name of another tool', code: dockerfile('FROM debian:12', 'RUN echo apt-get install curl') },
    { name: 'ARG default holding pinned packages', code: dockerfile('FROM debian:12', 'ARG DEPS="curl=8.1 git=1:2.39"', 'RUN apt-get install -y $DEPS') },
    { name: 'ARG without default: decided at build time', code: dockerfile('FROM debian:12', 'ARG DEPS', 'RUN apt-get install -y ${DEPS}') },
    { name: 'command substitution is decided at build time', code: dockerfile('FROM debian:12', 'RUN apt-get install -y $(cat /tmp/packages) `cat /tmp/more`') },
    { name: 'apt is DL3027\'s business', code: dockerfile('FROM debian:12', 'RUN apt install -y curl') },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dockerfile('FROM debian:12', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ line: 2, column: 42, endLine: 2, endColumn: 46, message: 'Pin the version of `curl` (apt-get install curl=<version>)' }],
      output: null,
    },
    {
      name: 'only the unpinned one of several, with flags between',
      code: dockerfile('FROM debian:12', 'RUN apt-get install -y --no-install-recommends curl=8.1 \\', '    git \\', '    -qq'),
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 8, message: '`git`' }],
    },
    {
      name: 'flags before the subcommand',
      code: dockerfile('FROM debian:12', 'RUN apt-get -y -q install wget'),
      errors: [{ line: 2, column: 27, endColumn: 31 }],
    },
    {
      name: 'ARG default resolved',
      code: dockerfile('FROM debian:12', 'ARG DEPS="curl git=1:2.39"', 'RUN apt-get install -y $DEPS'),
      errors: [{ line: 3, column: 24, endColumn: 29, message: 'Pin the version of `curl` (apt-get install curl=<version>) so rebuilds get the same package. It comes from `$DEPS`.' }],
    },
    {
      name: 'several unpinned packages from one variable make one finding',
      code: dockerfile('FROM debian:12', 'ENV BUILD_DEPS="gcc make libc6-dev=2.36-9 pkg-config autoconf file"', 'RUN apt-get install -y --no-install-recommends $BUILD_DEPS'),
      errors: [{ line: 3, column: 48, endColumn: 59, message: 'Pin the versions of `gcc`, `make`, `pkg-config`, `autoconf` and 1 more from `$BUILD_DEPS` (e.g. apt-get install gcc=<version>)' }],
    },
    {
      name: 'inside a heredoc',
      code: dockerfile('FROM debian:12', 'RUN <<EOF', 'apt-get update', 'apt-get install -y jq', 'EOF'),
      errors: [{ line: 4, column: 20, endColumn: 22 }],
    },
    {
      name: 'inside sh -c',
      code: dockerfile('FROM debian:12', 'RUN sh -c "apt-get install -y make"'),
      errors: [{ line: 2, column: 31, endColumn: 35 }],
    },
    {
      name: 'behind sudo and an environment assignment',
      code: dockerfile('FROM debian:12', 'RUN DEBIAN_FRONTEND=noninteractive sudo apt-get install -y vim'),
      errors: [{ line: 2, column: 60, endColumn: 63 }],
    },
    {
      name: 'exec form runs apt-get directly',
      code: dockerfile('FROM debian:12', 'RUN ["apt-get", "install", "-y", "curl"]'),
      errors: [{ line: 2, column: 34, endColumn: 40, message: '`curl`' }],
    },
    {
      name: 'exec form through sh -c',
      code: dockerfile('FROM debian:12', 'RUN ["/bin/sh", "-c", "apt-get install -y wget"]'),
      errors: [{ line: 2, column: 43, endColumn: 47, message: '`wget`' }],
    },
    {
      name: 'ONBUILD RUN',
      code: dockerfile('FROM debian:12', 'ONBUILD RUN apt-get install -y curl'),
      errors: [{ line: 2, column: 32, endColumn: 36 }],
    },
  ],
});
