import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const centos = (run: string): string => dockerfile('FROM centos:7', run);

ruleTester('DL3032', 'dockerfile', {
  valid: [
    centos('RUN yum install -y httpd-2.4.6 && yum clean all'),
    { name: 'cache removed', code: centos('RUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum') },
    { name: 'cache mount (hadolint has no such exemption)', code: centos('RUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6') },
    { name: 'no install', code: centos('RUN yum makecache') },
  ],
  invalid: [
    {
      name: 'no clean',
      code: centos('RUN yum install -y httpd-2.4.6'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Run `yum clean all`' }],
      output: centos('RUN yum install -y httpd-2.4.6 && yum clean all'),
    },
    {
      name: 'clean before the install does not count',
      code: centos('RUN yum clean all && yum -y install httpd-2.4.6'),
      errors: [{ line: 2, column: 22, endColumn: 25 }],
      output: centos('RUN yum clean all && yum -y install httpd-2.4.6 && yum clean all'),
    },
    {
      name: 'yum clean metadata keeps the packages',
      code: centos('RUN yum install -y httpd-2.4.6 && yum clean metadata'),
      errors: [{ line: 2, column: 5, endColumn: 8 }],
    },
    {
      name: 'reported once per RUN',
      code: centos('RUN yum install -y a-1.0 && yum install -y b-1.0'),
      errors: [{ line: 2, column: 5, endColumn: 8 }],
    },
  ],
});
