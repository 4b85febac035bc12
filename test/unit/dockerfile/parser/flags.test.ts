import * as assert from 'node:assert/strict';
import { assertToken, dockerfile, rules } from './helpers';

describe('Dockerfile parser: flags and mounts', () => {
  it('parses every RUN --mount type with option ranges', () => {
    const df = dockerfile(
      'FROM alpine',
      'RUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip \\',
      '    --mount=type=secret,id=npmrc,target=/root/.npmrc,required,env=TOKEN \\',
      '    --mount=type=ssh --mount=type=tmpfs,target=/tmp,size=64m \\',
      '    --mount=from=builder,source=/out,target=/in,ro \\',
      '    --network=none --security=insecure make',
    );
    const run = df.instructions[1];
    assert.deepEqual(run.mounts!.map((m) => m.type), ['cache', 'secret', 'ssh', 'tmpfs', 'bind']);
    const cache = run.mounts![0];
    assert.deepEqual(cache.options.map((o) => [o.key, o.value?.value]), [['type', 'cache'], ['target', '/root/.cache'], ['sharing', 'locked'], ['id', 'pip']]);
    assertToken(df, cache.options[1].keyToken, [1, 23, 1, 29], 'target');
    assertToken(df, cache.options[1].value, [1, 30, 1, 42], '/root/.cache');
    assert.equal(run.mounts![1].option('required')!.value, undefined);
    assert.equal(run.mounts![4].option('readonly')!.key, 'ro', 'option() knows the aliases');
    assert.equal(run.mounts![4].option('src')!.value!.value, '/out');
    assert.deepEqual(run.flags.slice(-2).map((f) => [f.name, f.value?.value]), [['network', 'none'], ['security', 'insecure']]);
    assert.deepEqual(run.args.map((a) => a.value), ['make']);
    assert.deepEqual(rules(df), []);
  });

  it('accepts a quoted flag value and `--` ending the flags', () => {
    const df = dockerfile('FROM alpine', 'RUN --mount="type=bind,target=/a b" -- --not-a-flag');
    const run = df.instructions[1];
    assert.equal(run.flags.length, 1);
    assert.equal(run.mounts![0].option('target')!.value!.value, '/a b');
    assert.deepEqual(run.args.map((a) => a.value), ['--not-a-flag']);
  });

  it('accepts the COPY, ADD and FROM flags of today\'s frontend', () => {
    const df = dockerfile(
      'FROM --platform=linux/amd64 alpine',
      'COPY --from=x --chown=1:1 --chmod=644 --link --parents --exclude=*.md --exclude=tmp ./a /b/',
      'ADD --chown=1 --chmod=755 --link=false --keep-git-dir=true --checksum=sha256:abc123 --exclude=x --unpack=true https://example.com/a.tar.gz /c/',
    );
    assert.deepEqual(rules(df), []);
    assert.deepEqual(df.instructions[1].flags.filter((f) => f.name === 'exclude').map((f) => f.value!.value), ['*.md', 'tmp']);
  });

  it('reports unknown, duplicated and malformed flags', () => {
    const df = dockerfile(
      'FROM alpine',
      'COPY --form=x a b',
      'RUN --mount=type=cache,target=/a --network=bridge true',
      'HEALTHCHECK --interval=30 --timeout=5x --retries=three --retries=1 CMD true',
      'COPY --link=maybe --from a b',
      'WORKDIR --x=1 /app',
      'FROM --platform=a --platform=b alpine',
    );
    assert.deepEqual(rules(df), [
      'dockerfile-unknown-flag',
      'dockerfile-invalid-flag-value',
      'dockerfile-invalid-flag-value',
      'dockerfile-invalid-flag-value',
      'dockerfile-invalid-flag-value',
      'dockerfile-duplicate-flag',
      'dockerfile-invalid-flag-value',
      'dockerfile-invalid-flag-value',
      'dockerfile-unknown-flag',
      'dockerfile-duplicate-flag',
    ]);
    assert.deepEqual(df.syntaxErrors[0].range, { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } });
    assert.match(df.syntaxErrors[0].message, /--from, --chown/);
    assert.match(df.syntaxErrors[2].message, /no unit/);
  });

  it('reports bad --mount options on the option itself', () => {
    const df = dockerfile('FROM alpine', 'RUN --mount=type=volume,target=/a,sharing=sometimes,mode=999,uid=root,bogus=1,nope true', 'RUN --mount=type=cache,target=/c,size=1g true');
    assert.deepEqual(rules(df), Array(7).fill('dockerfile-invalid-mount'));
    const where = df.syntaxErrors.map((d) => df.text.slice(df.lines.offsetAt(d.range.start), df.lines.offsetAt(d.range.end)));
    assert.deepEqual(where.sort(), ['999', 'bogus', 'nope', 'root', 'size', 'sometimes', 'volume']);
  });

  it('does not validate values that hold variables (the frontend expands them first)', () => {
    const df = dockerfile('FROM alpine', 'ARG NET=none', 'RUN --network=$NET --mount=type=$T,target=/x true');
    assert.deepEqual(rules(df), []);
  });
});
