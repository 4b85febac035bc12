import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const fedora = (...lines: string[]): string => dockerfile('FROM fedora:40', ...lines);

ruleTester('DL3041', 'dockerfile', {
  valid: [
    fedora('RUN dnf install -y nginx-1.24.0'),
    { name: 'microdnf with epoch', code: fedora('RUN microdnf install -y nginx-1:1.24.0-1.fc40') },
    { name: 'module stream', code: fedora('RUN dnf module install -y nodejs:20/common') },
    { name: 'dnf group is not checked', code: fedora('RUN dnf group install -y "Development Tools"') },
    { name: 'capabilities', code: fedora("RUN dnf install -y 'dnf-command(config-manager)'") },
    { name: 'ARG version (hadolint #1030)', code: fedora('ARG NGINX_VERSION=1.24.0', 'RUN dnf install -y nginx-${NGINX_VERSION}') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: fedora('RUN dnf install -y nginx'),
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 25, message: 'Pin the version of `nginx` (dnf install nginx-<version>)' }],
      output: null,
    },
    {
      name: 'microdnf and dnf5',
      code: fedora('RUN microdnf install -y tar && dnf5 install -y gzip-1.13'),
      errors: [{ line: 2, column: 25, endColumn: 28, message: 'microdnf install tar-<version>' }],
    },
    {
      name: 'module without stream',
      code: fedora('RUN dnf -y module install nodejs'),
      errors: [{ line: 2, column: 27, endColumn: 33 }],
    },
  ],
});
