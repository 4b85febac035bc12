import * as assert from 'node:assert/strict';
import { assertToken, dockerfile, rules, where } from './helpers';

describe('Dockerfile parser: instructions', () => {
  it('splits keyword, flags and arguments with exact ranges', () => {
    const df = dockerfile('FROM alpine:3.20', 'COPY --from=build --chmod=755 --link a.txt b.txt /app/');
    const copy = df.instructions[1];
    assert.equal(copy.keyword, 'COPY');
    assertToken(df, copy.keywordToken, [1, 0, 1, 4], 'COPY');
    assert.deepEqual(copy.flags.map((f) => [f.name, f.value?.value]), [['from', 'build'], ['chmod', '755'], ['link', undefined]]);
    assertToken(df, copy.flags[0].token, [1, 5, 1, 17], '--from=build');
    assertToken(df, copy.flags[0].nameToken, [1, 5, 1, 11], '--from');
    assertToken(df, copy.flags[0].value, [1, 12, 1, 17], 'build');
    assertToken(df, copy.flags[2].token, [1, 30, 1, 36], '--link');
    assert.deepEqual(copy.args.map((a) => a.value), ['a.txt', 'b.txt', '/app/']);
    assertToken(df, copy.args[2], [1, 49, 1, 54], '/app/');
    assert.equal(copy.argsText, 'a.txt b.txt /app/');
    assert.deepEqual(copy.argsRange, { start: { line: 1, character: 37 }, end: { line: 1, character: 54 } });
    assert.equal(copy.form, 'shell');
    assert.deepEqual(where(copy), [1, 0, 1, 54]);
    assert.deepEqual(rules(df), []);
  });

  it('keeps the keyword as written and upper-cases `keyword`', () => {
    const df = dockerfile('from alpine', 'run echo hi');
    assert.deepEqual(df.instructions.map((i) => [i.keyword, i.keywordToken.text]), [['FROM', 'from'], ['RUN', 'run']]);
  });

  it('joins continuation lines, skipping comment lines and blank lines inside them', () => {
    const df = dockerfile('FROM alpine', 'RUN apk add \\', '# a comment inside', '', '    curl \\', '  git');
    const run = df.instructions[1];
    assert.equal(run.argsText, 'apk add     curl   git');
    assert.deepEqual(run.args.map((a) => a.value), ['apk', 'add', 'curl', 'git']);
    assertToken(df, run.args[2], [4, 4, 4, 8], 'curl');
    assertToken(df, run.args[3], [5, 2, 5, 5], 'git');
    assert.deepEqual(where(run), [1, 0, 5, 5]);
    assert.deepEqual(run.emptyContinuationLines?.map((r) => r.start.line), [3]);
    assert.ok(df.comments.some((c) => c.text === 'a comment inside' && c.token.range.start.line === 2));
  });

  it('gives a word spanning a continuation a range from its first to its last character', () => {
    const df = dockerfile('FROM alpine', 'ENV A=one\\', 'two');
    const pair = df.instructions[1].pairs![0];
    assert.equal(pair.value!.value, 'onetwo');
    assert.deepEqual(where(pair.value!), [1, 6, 2, 3]);
  });

  it('recognises the exec form only for a valid JSON array of strings', () => {
    const df = dockerfile('FROM alpine', 'CMD ["nginx", "-g", "daemon off;"]', 'ENTRYPOINT [\'a\']', 'RUN [ "echo", "a\\u0041\\"" ]');
    const [, cmd, entry, run] = df.instructions;
    assert.equal(cmd.form, 'exec');
    assert.deepEqual(cmd.args.map((a) => a.value), ['nginx', '-g', 'daemon off;']);
    assertToken(df, cmd.args[2], [1, 20, 1, 33], '"daemon off;"');
    assert.equal(entry.form, 'shell');
    assert.equal(run.form, 'exec');
    assert.deepEqual(run.args.map((a) => a.value), ['echo', 'aA"']);
    assert.deepEqual(rules(df), ['dockerfile-invalid-exec-form']);
  });

  it('keeps quoted words whole in ENV, LABEL and ARG, and splits the others at whitespace', () => {
    const df = dockerfile('FROM alpine', 'LABEL a="x y" b=z', 'ENV PATH /usr/bin:$PATH', 'WORKDIR /my dir', 'EXPOSE 80 443/tcp');
    const [, label, env, workdir, expose] = df.instructions;
    assert.deepEqual(label.pairs!.map((p) => [p.key.value, p.value!.value, p.legacy]), [['a', 'x y', false], ['b', 'z', false]]);
    assertToken(df, label.pairs![0].value, [1, 8, 1, 13], '"x y"');
    assertToken(df, label.pairs![0].key, [1, 6, 1, 7], 'a');
    assert.deepEqual(env.pairs!.map((p) => [p.key.value, p.value!.value, p.legacy]), [['PATH', '/usr/bin:$PATH', true]]);
    assert.deepEqual(workdir.args.map((a) => a.value), ['/my dir']);
    assert.deepEqual(expose.args.map((a) => a.value), ['80', '443/tcp']);
  });

  it('parses an ONBUILD trigger as an instruction of its own', () => {
    const df = dockerfile('FROM alpine', 'ONBUILD COPY --chown=app:app . /src');
    const onbuild = df.instructions[1];
    const trigger = onbuild.trigger!;
    assert.equal(trigger.keyword, 'COPY');
    assertToken(df, trigger.keywordToken, [1, 8, 1, 12], 'COPY');
    assert.equal(trigger.flags[0].name, 'chown');
    assertToken(df, trigger.flags[0].value, [1, 21, 1, 28], 'app:app');
    assert.deepEqual(trigger.args.map((a) => a.value), ['.', '/src']);
    assert.equal(trigger.parent, onbuild);
    assert.equal(trigger.stage, 0);
  });

  it('reads HEALTHCHECK options and its CMD in either form', () => {
    const df = dockerfile('FROM alpine', 'HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --start-interval=1s --retries=3 CMD curl -f http://localhost/', 'HEALTHCHECK CMD ["wget", "-q", "x"]', 'HEALTHCHECK NONE');
    const [, shell, exec, none] = df.instructions;
    assert.deepEqual(shell.flags.map((f) => f.name), ['interval', 'timeout', 'start-period', 'start-interval', 'retries']);
    assert.equal(shell.form, 'shell');
    assert.deepEqual(shell.args.map((a) => a.value), ['CMD', 'curl', '-f', 'http://localhost/']);
    assert.equal(exec.form, 'exec');
    assert.deepEqual(exec.args.map((a) => a.value), ['CMD', 'wget', '-q', 'x']);
    assert.deepEqual(none.args.map((a) => a.value), ['NONE']);
    assert.deepEqual(rules(df), []);
  });

  it('collects the comment lines directly above an instruction', () => {
    const df = dockerfile('# base image', '# pinned', 'FROM alpine:3.20', '', '# unrelated', '', 'RUN true');
    assert.deepEqual(df.instructions[0].comments.map((c) => c.text), ['base image', 'pinned']);
    assertToken(df, df.instructions[0].comments[1].token, [1, 0, 1, 8], '# pinned');
    assert.deepEqual(df.instructions[1].comments, []);
  });

  it('handles CRLF line ends and a byte-order mark', () => {
    const df = dockerfile('\ufeffFROM alpine\r', 'RUN echo a \\\r', '  b\r', '');
    assert.equal(df.instructions[0].keywordToken.text, 'FROM');
    assertToken(df, df.instructions[0].keywordToken, [0, 1, 0, 5], 'FROM');
    assert.equal(df.instructions[1].argsText, 'echo a   b');
  });
});
