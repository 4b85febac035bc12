import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const fedora = (run: string): string => dockerfile('FROM fedora:40', run);

ruleTester('DL3040', 'dockerfile', {
  valid: [
    fedora('RUN dnf install -y nginx-1.24.0 && dnf clean all'),
    { name: 'microdnf clean all', code: fedora('RUN microdnf install -y tar-1.34 && microdnf clean all') },
    { name: 'libdnf5 cache removed', code: fedora('RUN dnf install -y tar-1.34 && rm -rf /var/cache/libdnf5/*') },
    { name: 'dnf4 cache removed', code: fedora('RUN dnf install -y tar-1.34 && rm -rf /var/cache/dnf') },
    { name: 'cache mount', code: fedora('RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y tar-1.34') },
    { name: 'not an install', code: fedora('RUN dnf makecache') },
  ],
  invalid: [
    {
      name: 'no clean',
      code: fedora('RUN dnf install -y nginx-1.24.0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Run `dnf clean all` after `dnf install`' }],
      output: fedora('RUN dnf install -y nginx-1.24.0 && dnf clean all'),
    },
    {
      name: 'upgrade counts too, microdnf',
      code: fedora('RUN microdnf upgrade -y'),
      errors: [{ line: 2, column: 5, endColumn: 13, message: '`microdnf clean all` after `microdnf upgrade`' }],
      output: fedora('RUN microdnf upgrade -y && microdnf clean all'),
    },
    {
      name: 'clean metadata only',
      code: fedora('RUN dnf -y reinstall tar && dnf clean metadata'),
      errors: [{ line: 2, column: 5, endColumn: 8 }],
    },
  ],
});
