import { ruleTester } from '../../ruleTester';
import { dockerfile } from './shellTestUtil';

const node = (...lines: string[]): string => dockerfile('FROM node:20', ...lines);

ruleTester('DL3060', 'dockerfile', {
  valid: [
    node('RUN yarn install --frozen-lockfile && yarn cache clean'),
    { name: 'cache mount', code: node('RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install') },
    { name: 'builder stage only copied from', code: dockerfile('FROM node:20 AS build', 'RUN yarn install && yarn build', 'FROM nginx:1.27', 'COPY --from=build /app/dist /usr/share/nginx/html') },
    { name: 'other yarn subcommands', code: node('RUN yarn build && yarn --cwd /app test') },
    { name: 'bare yarn asking for its version or help', code: node('RUN yarn --version && yarn -h') },
  ],
  invalid: [
    {
      name: 'no cache clean',
      code: node('RUN yarn install --frozen-lockfile'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'Run `yarn cache clean`' }],
      output: node('RUN yarn install --frozen-lockfile && yarn cache clean'),
    },
    {
      name: 'bare yarn installs too (hadolint misses it)',
      code: node('RUN yarn --production'),
      errors: [{ line: 2, column: 5, endColumn: 9 }],
      output: node('RUN yarn --production && yarn cache clean'),
    },
    {
      name: 'clean before install, with --cwd',
      code: node('RUN yarn cache clean && yarn --cwd /app install'),
      errors: [{ line: 2, column: 25, endColumn: 29 }],
    },
  ],
});
