import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const deb = (...lines: string[]): string => dockerfile('FROM debian:12', ...lines);

ruleTester('DL3046', 'dockerfile', {
  valid: [
    deb('RUN useradd -u 10001 app'),
    { name: 'large UID with -l', code: deb('RUN useradd -l -u 100000000 app') },
    { name: '--no-log-init', code: deb('RUN useradd --no-log-init --uid 100000000 app') },
    { name: 'l inside a cluster', code: deb('RUN useradd -lm -u 100000000 app') },
    { name: 'no UID', code: deb('RUN useradd -m app') },
    { name: 'UID from an ARG without default', code: deb('ARG UID', 'RUN useradd -u $UID app') },
    { name: 'UID from a command substitution', code: deb('RUN useradd -u $(id -u nobody) app') },
  ],
  invalid: [
    {
      name: 'large UID',
      code: deb('RUN useradd -u 100000000 app'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, message: 'Add `-l` (--no-log-init) to `useradd` with UID 100000000' }],
      output: deb('RUN useradd -l -u 100000000 app'),
    },
    {
      name: '--uid= and -u attached (hadolint does not measure these)',
      code: deb('RUN useradd --uid=1000000 a && useradd -u1000000 b'),
      errors: [
        { line: 2, column: 5, endColumn: 12 },
        { line: 2, column: 32, endColumn: 39 },
      ],
    },
    {
      name: 'UID from an ARG default, ONBUILD',
      code: deb('ARG UID=2000000', 'ONBUILD RUN useradd -u ${UID} app'),
      errors: [{ line: 3, column: 13, endColumn: 20, message: 'UID 2000000' }],
      output: deb('ARG UID=2000000', 'ONBUILD RUN useradd -l -u ${UID} app'),
    },
  ],
});
