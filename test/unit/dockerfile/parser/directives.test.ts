import * as assert from 'node:assert/strict';
import { assertToken, dockerfile, rules } from './helpers';

describe('Dockerfile parser: parser directives', () => {
  it('reads syntax, escape and check directives at the top with exact ranges', () => {
    const df = dockerfile('# syntax=docker/dockerfile:1', '#  Escape = `', '# check=skip=JSONArgsRecommended;error=true', 'FROM alpine');
    assert.deepEqual(df.directives.map((d) => [d.name, d.value]), [['syntax', 'docker/dockerfile:1'], ['escape', '`'], ['check', 'skip=JSONArgsRecommended;error=true']]);
    assertToken(df, df.directives[0].nameToken, [0, 2, 0, 8], 'syntax');
    assertToken(df, df.directives[0].valueToken, [0, 9, 0, 28], 'docker/dockerfile:1');
    assertToken(df, df.directives[1].nameToken, [1, 3, 1, 9], 'Escape');
    assertToken(df, df.directives[1].valueToken, [1, 12, 1, 13], '`');
    assert.equal(df.escapeChar, '`');
    assert.deepEqual(df.comments, [], 'directives are not comments');
    assert.deepEqual(rules(df), []);
  });

  it('stops reading directives at the first other line; later ones are ignored and reported', () => {
    const df = dockerfile('# a comment', '# escape=`', 'FROM alpine', '# syntax=docker/dockerfile:1');
    assert.deepEqual(df.directives, []);
    assert.equal(df.escapeChar, '\\');
    assert.deepEqual(rules(df), ['dockerfile-misplaced-directive', 'dockerfile-misplaced-directive']);
    assert.deepEqual(df.syntaxErrors[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } });
  });

  it('stops at a blank line too', () => {
    const df = dockerfile('', '# escape=`', 'FROM alpine');
    assert.deepEqual(df.directives, []);
    assert.deepEqual(rules(df), ['dockerfile-misplaced-directive']);
  });

  it('does not treat a per-instruction `# check=skip=` comment as misplaced', () => {
    const df = dockerfile('FROM alpine', '# check=skip=JSONArgsRecommended', 'CMD echo hi');
    assert.deepEqual(rules(df), []);
    assert.deepEqual(df.instructions[1].comments.map((c) => c.text), ['check=skip=JSONArgsRecommended']);
  });

  it('reports an invalid escape value, a repeated directive and an unknown check option', () => {
    const df = dockerfile('# escape=x', '# escape=\\', '# check=skip=all;fail=yes', 'FROM alpine');
    assert.deepEqual(rules(df), ['dockerfile-invalid-directive', 'dockerfile-invalid-directive', 'dockerfile-invalid-directive']);
    assert.deepEqual(df.syntaxErrors.map((d) => d.range.start.line).sort(), [0, 1, 2]);
    assert.equal(df.escapeChar, '\\');
  });

  it('uses the backtick for continuations and escapes under escape=`', () => {
    const df = dockerfile('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'COPY C:\\src\\app C:\\app', 'RUN dir `', '    C:\\app');
    const [, copy, run] = df.instructions;
    assert.deepEqual(copy.args.map((a) => a.value), ['C:\\src\\app', 'C:\\app']);
    assert.equal(run.argsText, 'dir     C:\\app');
    assertToken(df, run.args[1], [4, 4, 4, 10], 'C:\\app');
    assert.deepEqual(rules(df), []);
  });
});
