import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const centos = (...lines: string[]): string => dockerfile('FROM centos:7', ...lines);

ruleTester('DL3033', 'dockerfile', {
  valid: [
    centos('RUN yum install -y httpd-2.4.6'),
    { name: 'epoch and release', code: centos('RUN yum install -y nginx-1:1.20.1-10.el7') },
    { name: 'version glob', code: centos('RUN yum install -y nginx-1.20*') },
    { name: 'dashed names with a version', code: centos('RUN yum install -y python3-devel-3.6.8') },
    { name: 'rpm files and URLs', code: centos('RUN yum install -y ./x.rpm https://example.com/y.rpm') },
    { name: 'module with a stream', code: centos('RUN yum module install -y nodejs:14') },
    { name: 'groups, capabilities and file paths', code: centos("RUN yum install -y @development 'perl(Git)' /usr/bin/python3") },
    { name: 'option values', code: centos('RUN yum install -y --enablerepo epel --setopt tsflags=nodocs jq-1.6') },
    { name: 'ARG version resolved', code: centos('ARG V=2.4.6', 'RUN yum install -y httpd-${V}') },
    { name: 'ARG without default', code: centos('ARG V', 'RUN yum install -y httpd-$V') },
    { name: 'groupinstall is not checked', code: centos('RUN yum groupinstall -y "Development Tools"') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: centos('RUN yum install -y httpd'),
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 25, message: 'Pin the version of `httpd` (yum install httpd-<version>)' }],
      output: null,
    },
    {
      name: 'a dash alone is not a version',
      code: centos('RUN yum install -y python3-devel'),
      errors: [{ line: 2, column: 20, endColumn: 33 }],
    },
    {
      name: 'module without a stream, ONBUILD',
      code: centos('ONBUILD RUN yum module install -y nodejs'),
      errors: [{ line: 2, column: 35, endColumn: 41, message: 'nodejs:<stream>' }],
    },
    {
      name: 'ARG default without a version',
      code: centos('ARG PKG=httpd', 'RUN yum install -y $PKG'),
      errors: [{ line: 3, column: 20, endColumn: 24, message: 'It comes from `$PKG`.' }],
    },
  ],
});
