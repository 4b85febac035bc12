import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const fedora = (run: string): string => dockerfile('FROM fedora:40', run);

ruleTester('DL3038', 'dockerfile', {
  valid: [
    fedora('RUN dnf install -y nginx-1.24.0'),
    { name: '--assumeyes', code: fedora('RUN dnf --assumeyes install nginx-1.24.0') },
    { name: 'microdnf -y', code: dockerfile('FROM registry.access.redhat.com/ubi9/ubi-minimal', 'RUN microdnf install -y shadow-utils-4.9') },
    { name: 'group install with -y', code: fedora('RUN dnf group install -y "Development Tools"') },
    { name: 'not an install', code: fedora('RUN dnf clean all') },
  ],
  invalid: [
    {
      name: 'missing',
      code: fedora('RUN dnf install nginx-1.24.0'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Add `-y` to `dnf install`' }],
      output: fedora('RUN dnf install -y nginx-1.24.0'),
    },
    {
      name: 'microdnf, group install and module install',
      code: fedora('RUN microdnf install x-1.0 && dnf group install "Dev Tools" && dnf module install nodejs:20'),
      errors: [
        { line: 2, column: 5, endColumn: 13, message: '`microdnf install`' },
        { line: 2, column: 31, endColumn: 34 },
        { line: 2, column: 64, endColumn: 67 },
      ],
      output: fedora('RUN microdnf install -y x-1.0 && dnf group install -y "Dev Tools" && dnf module install -y nodejs:20'),
    },
  ],
});
