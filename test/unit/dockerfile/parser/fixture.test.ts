import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { assertToken } from './helpers';

// docker/buildx's own Dockerfile (see test/fixtures/dockerfile/SOURCES.md): 33 stages, global ARGs,
// and a RUN whose heredoc marker sits on a continuation line after two --mount flags.
const text = readFileSync(join(__dirname, '..', '..', '..', 'fixtures', 'dockerfile', 'buildx.Dockerfile'), 'utf8');

describe('Dockerfile parser: a real multi-stage file (docker/buildx)', () => {
  const df = parseDockerfile(text);

  it('reads the syntax directive, the global ARGs and every stage without syntax errors', () => {
    assert.deepEqual(df.syntaxErrors, []);
    assert.deepEqual(df.directives.map((d) => d.name), ['syntax']);
    assert.equal(df.stages.length, 33);
    assert.ok(df.globalArgs.some((a) => a.name === 'ALPINE_VERSION' && a.default === '3.23'));
  });

  it('resolves stage references and ARG defaults in FROM', () => {
    const releaser = df.stageByRef('releaser')!;
    assert.equal(releaser.image.resolved, 'alpine:3.23');
    assert.equal(releaser.image.tag, '3.23');
    assert.equal(releaser.platform?.value?.value, '$BUILDPLATFORM');
    const gobase = df.stageByRef('gobase')!;
    assert.equal(gobase.image.stageRef, df.stageByRef('golatest')!.index);
    assert.equal(df.stageByRef('binaries-darwin')!.image.stageRef, df.stageByRef('binaries-unix')!.index);
    assert.equal(df.stageByRef('binaries')!.image.stageRef, undefined, 'binaries-$TARGETOS depends on the target platform');
  });

  it('finds the heredoc opened on a continuation line, with its mounts and body', () => {
    const run = df.stageByRef('releaser')!.instructions.find((i) => i.keyword === 'RUN')!;
    assert.deepEqual(run.mounts!.map((m) => [m.type, m.option('from')?.value?.value]), [['bind', 'binaries'], ['bind', 'buildx-version']]);
    assert.equal(df.stageByRef(run.mounts![1].option('from')!.value!.value)!.name!.text, 'buildx-version');
    const h = run.heredocs[0];
    assertToken(df, h.marker, [163, 82, 163, 87], '<<EOT');
    assertToken(df, h.terminator, [167, 0, 167, 3], 'EOT');
    assert.deepEqual([h.body.range.start.line, h.body.range.end.line], [164, 167]);
    const commands = df.shell(run)!.commands;
    assert.deepEqual(commands.filter((c) => c.depth === 0).map((c) => c.name), ['set', 'mkdir', 'cp']);
    assert.deepEqual(commands.filter((c) => c.depth === 1).map((c) => c.name), ['cat', 'echo', 'sed', 'ls', 'sed']);
    assertToken(df, commands.find((c) => c.name === 'mkdir')!.args[1], [165, 11, 165, 15], '/out');
  });
});
