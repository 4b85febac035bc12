import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const centos = (run: string): string => dockerfile('FROM centos:7', run);

ruleTester('DL3030', 'dockerfile', {
  valid: [
    centos('RUN yum install -y httpd-2.4.6 && yum clean all'),
    { name: '--assumeyes before the subcommand', code: centos('RUN yum --assumeyes install httpd-2.4.6') },
    { name: 'y inside a cluster', code: centos('RUN yum -qy groupinstall "Development Tools"') },
    { name: 'not an install', code: centos('RUN yum clean all') },
    { name: 'value of --enablerepo is not -y, but -y is there', code: centos('RUN yum --enablerepo y install -y httpd-2.4.6') },
  ],
  invalid: [
    {
      name: 'missing',
      code: centos('RUN yum install httpd-2.4.6'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Add `-y` to `yum install`' }],
      output: centos('RUN yum install -y httpd-2.4.6'),
    },
    {
      name: 'localinstall and groupinstall, ONBUILD',
      code: dockerfile('FROM centos:7', 'RUN yum localinstall ./a.rpm', 'ONBUILD RUN yum groupinstall "Development Tools"'),
      errors: [
        { line: 2, column: 5, endColumn: 8, message: '`yum localinstall`' },
        { line: 3, column: 13, endColumn: 16, message: '`yum groupinstall`' },
      ],
      output: dockerfile('FROM centos:7', 'RUN yum localinstall -y ./a.rpm', 'ONBUILD RUN yum groupinstall -y "Development Tools"'),
    },
  ],
});
