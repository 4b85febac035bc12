import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const node = (run: string): string => dockerfile('FROM node:20', run);

ruleTester('DL3016', 'dockerfile', {
  valid: [
    node('RUN npm install express@4.19.2'),
    { name: 'install from package.json', code: node('RUN npm install') },
    { name: 'scoped with version', code: node('RUN npm install -g @angular/cli@17.3.0') },
    { name: 'range', code: node("RUN npm install 'lodash@^4.17.0'") },
    { name: 'git URL with a ref', code: node('RUN npm install git+https://github.com/org/repo.git#v1.0.0') },
    { name: 'GitHub shorthand with a ref', code: node('RUN npm install org/repo#abc123') },
    { name: 'tarballs and paths', code: node('RUN npm install ./pkg.tgz ../lib /opt/x ~/y file:./z https://example.com/a.tar.gz') },
    { name: 'option values', code: node('RUN npm install --loglevel warn --registry https://r.example express@4.19.2') },
    { name: 'npm ci', code: node('RUN npm ci') },
    { name: 'npm run install', code: node('RUN npm run install') },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: node('RUN npm install express'),
      errors: [{ line: 2, column: 17, endLine: 2, endColumn: 24, message: 'Pin the version of `express` (npm install express@<version>)' }],
      output: null,
    },
    {
      name: 'scoped without version, global',
      code: node('RUN npm install -g @angular/cli'),
      errors: [{ line: 2, column: 20, endColumn: 32, message: '@angular/cli@<version>' }],
    },
    {
      name: '@latest is not a pin (hadolint accepts it)',
      code: node('RUN npm install -g npm@latest'),
      errors: [{ line: 2, column: 20, endColumn: 30, message: 'npm install npm@<version>' }],
    },
    {
      name: 'git URL without a ref',
      code: node('RUN npm install github:org/repo'),
      errors: [{ line: 2, column: 17, endColumn: 32, message: '#<commit-or-tag>' }],
    },
    {
      name: 'npm i and npm add are install too (hadolint skips them)',
      code: node('RUN npm i typescript && npm add eslint@9.0.0 prettier'),
      errors: [
        { line: 2, column: 11, endColumn: 21 },
        { line: 2, column: 46, endColumn: 54 },
      ],
    },
  ],
});
