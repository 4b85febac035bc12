import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const suse = (run: string): string => dockerfile('FROM opensuse/leap:15.6', run);

ruleTester('DL3035', 'dockerfile', {
  valid: [suse('RUN zypper -n update'), { name: 'patch', code: suse('RUN zypper -n patch') }, { name: 'dup as an argument', code: suse('RUN echo zypper dup') }],
  invalid: [
    {
      name: 'dist-upgrade',
      code: suse('RUN zypper -n dist-upgrade'),
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 27, message: 'Do not run `zypper dist-upgrade`' }],
      output: null,
    },
    {
      name: 'dup, ONBUILD',
      code: suse('ONBUILD RUN zypper --non-interactive dup'),
      errors: [{ line: 2, column: 38, endColumn: 41, message: '`zypper dup`' }],
    },
  ],
});
