import type { FileHost } from '../../../../src/core/config';
import { ruleTester } from '../../ruleTester';

function files(map: Record<string, string>): FileHost {
  return { readFile: (path) => (Object.prototype.hasOwnProperty.call(map, path) ? map[path] : undefined) };
}

const fileName = '/ws/app/Dockerfile';
const ignore = (text: string) => ({ fileName, host: files({ '/ws/app/.dockerignore': text }) });

ruleTester('CopyIgnoredFile', 'dockerfile', {
  valid: [
    { name: 'no .dockerignore', code: 'FROM alpine:3.20\nCOPY . /app\n', fileName, host: files({}) },
    { name: 'nothing excluded is copied', code: 'FROM alpine:3.20\nCOPY src/ /app/\n', ...ignore('node_modules\n*.md\n') },
    { name: 'a single star stays in one folder', code: 'FROM alpine:3.20\nCOPY docs/README.md /d/\n', ...ignore('*.md\n') },
    { name: 'COPY --from reads another stage', code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b node_modules /n\n', ...ignore('node_modules\n') },
    { name: 'URLs in ADD are not in the context', code: 'FROM alpine:3.20\nADD https://example.com/a.tgz /tmp/\n', ...ignore('*.tgz\n') },
    { name: 'an exception re-includes the file', code: 'FROM alpine:3.20\nCOPY README.md /\n', ...ignore('*.md\n!README.md\n') },
    { name: 'an exception below the folder keeps copying the folder useful', code: 'FROM alpine:3.20\nCOPY config /c\n', ...ignore('config\n!config/app.yaml\n') },
    { name: 'the whole context is only excluded by a match-all pattern', code: 'FROM alpine:3.20\nCOPY . /app\n', ...ignore('.*\n*.md\n') },
    { name: 'an allow-list file', code: 'FROM alpine:3.20\nCOPY . /app\nCOPY src /src\n', ...ignore('*\n!src\n') },
    { name: 'comments must start the line', code: 'FROM alpine:3.20\nCOPY secret /s\n', ...ignore('# secret\n') },
    { name: 'heredoc sources', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/x\nhi\nEOF\n', ...ignore('EOF\n') },
  ],
  invalid: [
    {
      name: 'a folder excluded by name',
      code: 'FROM alpine:3.20\nCOPY package.json node_modules /app/\n',
      ...ignore('# deps\nnode_modules\n'),
      errors: [{ line: 2, column: 19, endLine: 2, endColumn: 31, message: ".dockerignore (line 2: 'node_modules')" }],
      output: null,
    },
    {
      name: 'a file below an excluded folder, ADD too',
      code: 'FROM alpine:3.20\nADD ./build/out/app.jar /app.jar\n',
      ...ignore('build\n'),
      errors: [{ line: 2, column: 5, endColumn: 24, message: "ADD source './build/out/app.jar'" }],
    },
    {
      name: 'double star at any depth',
      code: 'FROM alpine:3.20\nCOPY src/a/b/test.log /logs/\n',
      ...ignore('**/*.log\n'),
      errors: [{ line: 2, column: 6, endColumn: 22 }],
    },
    {
      name: 'an exception that comes first is undone by a later line',
      code: 'FROM alpine:3.20\nCOPY README.md /\n',
      ...ignore('!README.md\n*.md\n'),
      errors: [{ line: 2, column: 6, message: "line 2: '*.md'" }],
    },
    {
      name: 'an exception elsewhere does not rescue this source',
      code: 'FROM alpine:3.20\nCOPY secrets.env /s\n',
      ...ignore('*.env\n!example.env\n'),
      errors: [{ line: 2, column: 6, endColumn: 17 }],
    },
    {
      name: 'the whole context with a match-all pattern',
      code: 'FROM alpine:3.20\nCOPY . /app\n',
      ...ignore('*\n'),
      errors: [{ line: 2, column: 6, endColumn: 7 }],
    },
    {
      name: 'leading slashes and dots are cleaned on both sides',
      code: 'FROM alpine:3.20\nCOPY /dist/./x.js /app/\n',
      ...ignore('/dist/\n'),
      errors: [{ line: 2, column: 6, endColumn: 18 }],
    },
    {
      name: 'variables are expanded first',
      code: 'FROM alpine:3.20\nARG DIR=tmp\nCOPY ${DIR}/a /a\n',
      ...ignore('tmp\n'),
      errors: [{ line: 3, column: 6, endColumn: 14 }],
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nCOPY ["my dir/x", "/x"]\n',
      ...ignore('my dir\n'),
      errors: [{ line: 2, column: 7, endColumn: 17 }],
    },
    {
      name: 'the Dockerfile-specific ignore file wins',
      code: 'FROM alpine:3.20\nCOPY a.txt /\n',
      fileName,
      host: files({ '/ws/app/Dockerfile.dockerignore': 'a.txt\n', '/ws/app/.dockerignore': 'b.txt\n' }),
      errors: [{ line: 2, column: 6, message: 'Dockerfile.dockerignore' }],
    },
    {
      name: 'a configured build context',
      code: 'FROM alpine:3.20\nCOPY app/data /data\n',
      fileName,
      host: files({ '/ws/.dockerignore': 'app/data\n' }),
      config: (c) => {
        c.dockerfile.buildContext = '..';
      },
      errors: [{ line: 2, column: 6, endColumn: 14 }],
    },
    {
      name: 'a Dockerfile in another folder reads that folder\'s ignore file',
      code: 'FROM alpine:3.20\nCOPY a.txt /\n',
      fileName: '/ws/other/Dockerfile',
      host: files({ '/ws/app/.dockerignore': 'b.txt\n', '/ws/other/.dockerignore': 'a.txt\n' }),
      errors: [{ line: 2, column: 6, message: "line 1: 'a.txt'" }],
    },
  ],
});
