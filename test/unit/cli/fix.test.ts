/**
 * `--fix` and `--fix-dry-run` on copies of examples/: only safe fixes, re-linted, idempotent,
 * written atomically with the file's mode, line endings and byte order mark kept.
 */
import * as assert from 'node:assert/strict';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unifiedDiff } from '../../../src/cli/diff';
import { cli, writeTree } from './helpers';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

describe('infra-coach lint --fix', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-fix-'));
    for (const name of readdirSync(EXAMPLES)) copyFileSync(path.join(EXAMPLES, name), path.join(dir, name));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the safe fixes of the examples, and a second run changes nothing', () => {
    const before = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    const first = cli(['lint', '--fix', '--format', 'json', '.'], { cwd: dir });
    assert.notEqual(first.code, 2, first.stderr);
    const after = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    assert.notEqual(after, before, 'the example Dockerfile has safe fixes (MAINTAINER → LABEL)');
    assert.doesNotMatch(after, /^MAINTAINER/m);
    const report = JSON.parse(first.stdout);
    const dockerfile = report.files.find((f: { path: string }) => f.path === 'Dockerfile');
    assert.ok(!dockerfile.diagnostics.some((d: { rule: string }) => d.rule === 'DL4000'), 'the report describes the fixed text');

    const snapshot = Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]));
    const mtimes = Object.fromEntries(readdirSync(dir).map((n) => [n, statSync(path.join(dir, n)).mtimeMs]));
    const second = cli(['lint', '--fix', '--format', 'json', '.'], { cwd: dir });
    assert.deepEqual(JSON.parse(second.stdout), report, 'the second run reports the same');
    for (const n of readdirSync(dir)) {
      assert.equal(readFileSync(path.join(dir, n), 'utf8'), snapshot[n], n);
      assert.equal(statSync(path.join(dir, n)).mtimeMs, mtimes[n], `${n} is not rewritten`);
    }
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file is left behind');
  });

  it('writes only files that changed', () => {
    writeTree(dir, { 'clean/Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["true"]\n' });
    const cleanFile = path.join(dir, 'clean/Dockerfile');
    const mtime = statSync(cleanFile).mtimeMs;
    cli(['lint', '--fix', '.'], { cwd: dir });
    assert.equal(statSync(cleanFile).mtimeMs, mtime);
  });

  it('keeps CRLF line endings, the byte order mark and the file mode', () => {
    const file = path.join(dir, 'Dockerfile');
    const crlf = '\ufeff' + readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n');
    writeFileSync(file, crlf);
    chmodSync(file, 0o640);
    cli(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, crlf);
    assert.ok(fixed.startsWith('\ufeff'), 'BOM kept');
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /\n/, 'no bare LF introduced');
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('updates the target of a symbolic link, keeping the link', () => {
    const target = path.join(dir, 'Dockerfile');
    const link = path.join(dir, 'linked', 'Dockerfile');
    writeTree(dir, { 'linked/.keep': '' });
    symlinkSync(target, link);
    cli(['lint', '--fix', 'linked/Dockerfile'], { cwd: dir });
    assert.ok(readdirSync(path.join(dir, 'linked')).includes('Dockerfile'));
    assert.doesNotMatch(readFileSync(target, 'utf8'), /^MAINTAINER/m);
  });

  it('--fix-dry-run prints a unified diff, writes nothing, and exits 1 when there is a diff', () => {
    const before = readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
    const run = cli(['lint', '--fix-dry-run', 'Dockerfile'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), before);
    assert.match(run.stdout, /^--- a\/Dockerfile\n\+\+\+ b\/Dockerfile\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    assert.match(run.stdout, /^-MAINTAINER Jane Doe <jane@example\.com>$/m);
    // After a real fix there is nothing left to show.
    cli(['lint', '--fix', 'Dockerfile'], { cwd: dir });
    assert.deepEqual(cli(['lint', '--fix-dry-run', 'Dockerfile'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
  });

  it('refuses --fix with standard input and together with --fix-dry-run', () => {
    assert.equal(cli(['lint', '--fix', '--stdin', '--stdin-filename', 'Dockerfile'], { cwd: dir, stdin: 'FROM x\n' }).code, 2);
    assert.equal(cli(['lint', '--fix', '--fix-dry-run', '.'], { cwd: dir }).code, 2);
  });
});

describe('unifiedDiff', () => {
  it('shows changed lines with three lines of context and correct hunk headers', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n';
    const b = a.replace('5\n', 'five\n');
    assert.equal(unifiedDiff('f', a, b), ['--- a/f', '+++ b/f', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'));
  });

  it('marks a missing final newline and returns nothing for equal texts', () => {
    assert.equal(unifiedDiff('f', 'a\n', 'a\n'), '');
    assert.equal(unifiedDiff('f', 'a\n', 'a'), ['--- a/f', '+++ b/f', '@@ -1,1 +1,1 @@', '-a', '+a', '\\ No newline at end of file', ''].join('\n'));
  });
});
