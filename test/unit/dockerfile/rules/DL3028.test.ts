import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const ruby = (run: string): string => dockerfile('FROM ruby:3.3', run);

ruleTester('DL3028', 'dockerfile', {
  valid: [
    ruby('RUN gem install rails:7.1.3'),
    { name: '-v pins the command', code: ruby('RUN gem install bundler -v 2.5.6') },
    { name: '--version=', code: ruby('RUN gem install bundler --version=2.5.6') },
    { name: 'local .gem', code: ruby('RUN gem install ./pkg/app-1.0.gem') },
    { name: 'after -- are arguments for the gem', code: ruby('RUN gem install mysql2:0.5.6 -- --with-mysql-config=/usr/bin/mysql_config') },
    { name: 'gem update', code: ruby('RUN gem update --system') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: ruby('RUN gem install rails'),
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 22, message: 'Pin the version of `rails` (gem install rails:<version>)' }],
      output: null,
    },
    {
      name: 'gem i, after a boolean option (hadolint would take it as the option\'s value)',
      code: ruby('RUN gem i --no-document bundler'),
      errors: [{ line: 2, column: 25, endColumn: 32 }],
    },
  ],
});
