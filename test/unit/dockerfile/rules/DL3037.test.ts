import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const suse = (...lines: string[]): string => dockerfile('FROM opensuse/leap:15.6', ...lines);

ruleTester('DL3037', 'dockerfile', {
  valid: [
    suse('RUN zypper -n install curl=8.0.1'),
    { name: 'ranges', code: suse("RUN zypper -n in 'curl>=8' 'git<3'") },
    { name: 'rpm file', code: suse('RUN zypper -n in ./x.rpm') },
    { name: 'patterns are not versioned packages', code: suse('RUN zypper -n in -t pattern devel_basis') },
    { name: 'repo value', code: suse('RUN zypper -n in -r oss curl=8.0.1') },
    { name: 'ARG default', code: suse('ARG V=8.0.1', 'RUN zypper -n in curl=$V') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: suse('RUN zypper -n install curl'),
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 27, message: 'Pin the version of `curl` (zypper install curl=<version>)' }],
      output: null,
    },
    {
      name: 'explicit package type, ONBUILD',
      code: suse('ONBUILD RUN zypper -n in -t package git'),
      errors: [{ line: 2, column: 37, endColumn: 40 }],
    },
  ],
});
