import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const suse = (run: string): string => dockerfile('FROM opensuse/leap:15.6', run);

ruleTester('DL3036', 'dockerfile', {
  valid: [
    suse('RUN zypper -n install curl=8.0 && zypper clean'),
    { name: 'cc with global options', code: suse('RUN zypper -n in curl=8.0 && zypper -n cc -a') },
    { name: 'cache mount', code: suse('RUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl=8.0') },
    { name: 'cache removed', code: suse('RUN zypper -n in curl=8.0 && rm -rf /var/cache/zypp/*') },
  ],
  invalid: [
    {
      name: 'no clean',
      code: suse('RUN zypper -n install curl=8.0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 11, message: 'Run `zypper clean`' }],
      output: suse('RUN zypper -n install curl=8.0 && zypper clean --all'),
    },
    {
      name: 'clean before the install',
      code: suse('RUN zypper clean && zypper -n in curl=8.0'),
      errors: [{ line: 2, column: 21, endColumn: 27 }],
    },
  ],
});
