import * as assert from 'node:assert/strict';
import { Dockerignore, cleanPath } from '../../../src/core/dockerfile/dockerignore';

function excluded(patterns: string, paths: string[]): string[] {
  const d = new Dockerignore(patterns);
  return paths.filter((p) => d.excludes(p) !== undefined);
}

describe('.dockerignore matching', () => {
  it('matches a name and everything below it, at the context root only', () => {
    assert.deepEqual(excluded('node_modules\n', ['node_modules', 'node_modules/a/b.js', 'src/node_modules', 'node_modules2']), ['node_modules', 'node_modules/a/b.js']);
  });

  it('keeps * and ? within one path segment', () => {
    assert.deepEqual(excluded('*.md\n', ['README.md', 'docs/README.md', 'a.mdx']), ['README.md']);
    assert.deepEqual(excluded('*/*.md\n', ['README.md', 'docs/README.md', 'a/b/c.md']), ['docs/README.md']);
    assert.deepEqual(excluded('file?.txt\n', ['file1.txt', 'file12.txt', 'file/.txt']), ['file1.txt']);
  });

  it('lets ** span any number of segments, including none', () => {
    assert.deepEqual(excluded('**/*.log\n', ['a.log', 'x/a.log', 'x/y/z/a.log', 'a.log.txt']), ['a.log', 'x/a.log', 'x/y/z/a.log']);
    assert.deepEqual(excluded('a/**/b\n', ['a/b', 'a/x/b', 'a/x/y/b', 'ab']), ['a/b', 'a/x/b', 'a/x/y/b']);
    assert.deepEqual(excluded('build/**\n', ['build', 'build/x', 'build/x/y']), ['build/x', 'build/x/y']);
    assert.deepEqual(excluded('**\n', ['anything', 'a/b']), ['anything', 'a/b']);
  });

  it('supports character classes and escapes', () => {
    assert.deepEqual(excluded('[a-c].txt\n', ['a.txt', 'b.txt', 'd.txt']), ['a.txt', 'b.txt']);
    assert.deepEqual(excluded('[!a].txt\n', ['a.txt', 'b.txt']), ['b.txt']);
    assert.deepEqual(excluded('\\*.txt\n', ['*.txt', 'a.txt']), ['*.txt']);
  });

  it('cleans patterns: leading and trailing slashes, dot segments, surrounding spaces', () => {
    assert.deepEqual(excluded('  /dist/  \n', ['dist/x.js']), ['dist/x.js']);
    assert.deepEqual(excluded('./a//b/../c\n', ['a/c', 'a/b/c']), ['a/c']);
  });

  it('treats only lines starting with # as comments, and ignores blank lines, a BOM and CRLF', () => {
    assert.deepEqual(excluded('# secret\r\n\r\n  # kept\r\n', ['secret', '# kept']), ['# kept']);
    assert.deepEqual(excluded('\uFEFFsecret\r\n', ['secret']), ['secret']);
  });

  it('lets the last matching line decide, with ! exceptions', () => {
    assert.deepEqual(excluded('*.md\n!README.md\n', ['README.md', 'CHANGES.md']), ['CHANGES.md']);
    assert.deepEqual(excluded('!README.md\n*.md\n', ['README.md']), ['README.md']);
    assert.deepEqual(excluded('docs\n!docs/keep.md\n', ['docs/keep.md', 'docs/drop.md']), ['docs/drop.md']);
  });

  it('names the line that excluded a path', () => {
    const d = new Dockerignore('# x\nbuild\n*.tmp\n');
    assert.equal(d.excludes('a.tmp')?.pattern.line, 2);
    assert.equal(d.excludes('build/a')?.pattern.pattern, 'build');
  });

  it('knows whether an exception can bring back something below a folder', () => {
    const d = new Dockerignore('*\n!src/**/*.go\n!config/app.yaml\n');
    assert.equal(d.mayReincludeBelow('src'), true);
    assert.equal(d.mayReincludeBelow('config'), true);
    assert.equal(d.mayReincludeBelow('docs'), false);
    assert.equal(d.mayReincludeBelow('config/app.yaml'), false);
    assert.equal(new Dockerignore('*\n!*/keep\n').mayReincludeBelow('any'), true);
  });

  it('cleans paths like Go does', () => {
    assert.equal(cleanPath('./a//b/./c/'), 'a/b/c');
    assert.equal(cleanPath('a/../..'), '..');
    assert.equal(cleanPath('/../x'), '/x');
    assert.equal(cleanPath(''), '.');
  });
});
