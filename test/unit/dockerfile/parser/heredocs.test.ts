import * as assert from 'node:assert/strict';
import { assertToken, dockerfile, rules, where } from './helpers';

describe('Dockerfile parser: heredocs', () => {
  it('reads a RUN heredoc: marker, body and terminator ranges', () => {
    const df = dockerfile('FROM alpine', 'RUN <<EOF', 'apk add curl', 'echo done', 'EOF', 'CMD ["sh"]');
    const run = df.instructions[1];
    assert.equal(run.heredocs.length, 1);
    const h = run.heredocs[0];
    assert.deepEqual([h.delimiter, h.quoted, h.stripTabs], ['EOF', false, false]);
    assertToken(df, h.marker, [1, 4, 1, 9], '<<EOF');
    assertToken(df, h.body, [2, 0, 4, 0], 'apk add curl\necho done\n');
    assertToken(df, h.terminator, [4, 0, 4, 3], 'EOF');
    assert.deepEqual(where(run), [1, 0, 4, 3]);
    assert.equal(run.argsText, '<<EOF');
    assert.equal(df.instructions[2].keyword, 'CMD');
  });

  it('reads <<-EOF (tab-stripped terminator) and quoted delimiters', () => {
    const df = dockerfile('FROM alpine', 'RUN <<-"END" sh', '\techo $HOME', '\tEND', "COPY <<'X' /etc/motd", '$literal', 'X');
    const [, run, copy] = df.instructions;
    assert.deepEqual([run.heredocs[0].delimiter, run.heredocs[0].quoted, run.heredocs[0].stripTabs], ['END', true, true]);
    assertToken(df, run.heredocs[0].terminator, [3, 1, 3, 4], 'END');
    assert.deepEqual(copy.args.map((a) => a.value), ['<<X', '/etc/motd']);
    assert.deepEqual([copy.heredocs[0].delimiter, copy.heredocs[0].quoted], ['X', true]);
    assertToken(df, copy.heredocs[0].body, [5, 0, 6, 0], '$literal\n');
  });

  it('reads several heredocs of one instruction in order', () => {
    const df = dockerfile('FROM alpine', 'COPY <<A <<B /dst/', 'one', 'A', 'two', 'B', 'RUN true');
    const copy = df.instructions[1];
    assert.deepEqual(copy.heredocs.map((h) => [h.delimiter, h.body.text]), [['A', 'one\n'], ['B', 'two\n']]);
    assertToken(df, copy.heredocs[1].marker, [1, 9, 1, 12], '<<B');
    assertToken(df, copy.heredocs[1].terminator, [5, 0, 5, 1], 'B');
    assert.equal(df.instructions[2].keyword, 'RUN');
  });

  it('does not read heredocs in exec form, in other instructions, or in `<< EOF` with a space', () => {
    const df = dockerfile('FROM alpine', 'RUN ["cat", "<<EOF"]', 'ENV A=<<EOF', 'RUN cat << EOF', 'RUN true');
    assert.deepEqual(df.instructions.map((i) => i.heredocs.length), [0, 0, 0, 0, 0]);
    assert.equal(df.instructions.length, 5);
  });

  it('takes an empty body and a body holding lines that only look like the delimiter', () => {
    const df = dockerfile('FROM alpine', 'RUN <<EOF', ' EOF', 'EOF ', 'EOF');
    assert.equal(df.instructions[1].heredocs[0].body.text, ' EOF\nEOF \n');
    const empty = dockerfile('FROM alpine', 'RUN <<EOF', 'EOF').instructions[1].heredocs[0];
    assert.equal(empty.body.text, '');
  });

  it('reports an unterminated heredoc on its marker and keeps the rest as its body', () => {
    const df = dockerfile('FROM alpine', 'RUN cat <<EOF', 'line', 'RUN true');
    assert.deepEqual(rules(df), ['dockerfile-unterminated-heredoc']);
    assert.deepEqual(df.syntaxErrors[0].range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    const h = df.instructions[1].heredocs[0];
    assert.equal(h.terminator, undefined);
    assert.equal(h.body.text, 'line\nRUN true');
    assert.equal(df.instructions.length, 2);
  });
});
