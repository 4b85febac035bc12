import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const suse = (run: string): string => dockerfile('FROM opensuse/leap:15.6', run);

ruleTester('DL3034', 'dockerfile', {
  valid: [
    suse('RUN zypper -n install curl=8.0'),
    { name: '--non-interactive', code: suse('RUN zypper --non-interactive in curl=8.0') },
    { name: '-y after the subcommand', code: suse('RUN zypper install -y curl=8.0') },
    { name: '--no-confirm', code: suse('RUN zypper remove --no-confirm vim') },
    { name: 'read-only subcommands', code: suse('RUN zypper refresh && zypper search curl') },
  ],
  invalid: [
    {
      name: 'install',
      code: suse('RUN zypper install curl=8.0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 11, message: 'Add `-n` (--non-interactive) to `zypper install`' }],
      output: suse('RUN zypper -n install curl=8.0'),
    },
    {
      name: 'rm, patch, si, update',
      code: suse('RUN zypper rm vim && zypper patch && zypper si x && zypper up'),
      errors: [
        { line: 2, column: 5, endColumn: 11 },
        { line: 2, column: 22, endColumn: 28 },
        { line: 2, column: 38, endColumn: 44 },
        { line: 2, column: 53, endColumn: 59 },
      ],
      output: suse('RUN zypper -n rm vim && zypper -n patch && zypper -n si x && zypper -n up'),
    },
  ],
});
