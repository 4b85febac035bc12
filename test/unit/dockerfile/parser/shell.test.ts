import * as assert from 'node:assert/strict';
import type { Dockerfile, Instruction } from '../../../../src/core/dockerfile/model';
import { assertToken, dockerfile } from './helpers';

function commands(df: Dockerfile, ins: Instruction): string[] {
  return df.shell(ins)!.commands.map((c) => [c.name, ...c.args.map((a) => a.value)].join(' '));
}

describe('Dockerfile parser: RUN shell analysis', () => {
  it('splits commands across && || ; | and newlines with their joins and pipe context', () => {
    const df = dockerfile('FROM alpine', 'RUN a 1 && b 2 || c; d | e & f');
    const script = df.shell(df.instructions[1])!;
    assert.equal(script.dialect, 'posix');
    assert.deepEqual(script.commands.map((c) => [c.name, c.joinedBy, c.inPipeline]), [
      ['a', '', false], ['b', '&&', false], ['c', '||', false], ['d', ';', true], ['e', '|', true], ['f', '&', false],
    ]);
    assertToken(df, script.commands[1].nameWord, [1, 11, 1, 12], 'b');
    assertToken(df, script.commands[1].args[0], [1, 13, 1, 14], '2');
    assertToken(df, script.commands[0].token, [1, 4, 1, 7], 'a 1');
  });

  it('keeps each instruction\'s command list its own, at its exact size', () => {
    // The lists are filled in one reused array while parsing (shellCommand.ts CommandList) and copied out.
    const df = dockerfile('FROM alpine', 'RUN a && b && c', 'RUN d', 'RUN # nothing', 'RUN <<EOF', 'e', 'f | g', 'EOF', 'RUN sh <<EOF && h', 'i', 'EOF');
    const lists = df.instructions.slice(1).map((ins) => df.shell(ins)!.commands);
    assert.deepEqual(lists.map((l) => l.map((c) => c.name)), [['a', 'b', 'c'], ['d'], [], ['e', 'f', 'g'], ['sh', 'h', 'i']]);
    assert.equal(new Set(lists).size, lists.length);
    assert.equal(df.shell(df.instructions[1])!.commands, lists[0]);
  });

  it('maps commands on continuation lines back to their lines', () => {
    const df = dockerfile('FROM debian', 'RUN apt-get update \\', '    && apt-get install -y --no-install-recommends \\', '       curl=7.88 \\', '    && rm -rf /var/lib/apt/lists/*');
    const script = df.shell(df.instructions[1])!;
    assert.deepEqual(commands(df, df.instructions[1]), ['apt-get update', 'apt-get install -y --no-install-recommends curl=7.88', 'rm -rf /var/lib/apt/lists/*']);
    assertToken(df, script.commands[1].nameWord, [2, 7, 2, 14], 'apt-get');
    assertToken(df, script.commands[1].args[3], [3, 7, 3, 16], 'curl=7.88');
    assertToken(df, script.commands[2].args[1], [4, 14, 4, 34], '/var/lib/apt/lists/*');
  });

  it('removes quotes in values and keeps them in text', () => {
    const df = dockerfile('FROM alpine', `RUN echo "a b" 'c d' e\\ f "x\\"y"`);
    const args = df.shell(df.instructions[1])!.commands[0].args;
    assert.deepEqual(args.map((a) => a.value), ['a b', 'c d', 'e f', 'x"y']);
    assertToken(df, args[1], [1, 15, 1, 20], "'c d'");
  });

  it('peels VAR=x prefixes, sudo and env', () => {
    const df = dockerfile('FROM alpine', 'RUN DEBIAN_FRONTEND=noninteractive sudo -E -u root env -i A=1 apt-get install -y vim');
    const c = df.shell(df.instructions[1])!.commands[0];
    assert.equal(c.name, 'apt-get');
    assertToken(df, c.nameWord, [1, 62, 1, 69], 'apt-get');
    assert.deepEqual(c.assignments.map((a) => a.value), ['DEBIAN_FRONTEND=noninteractive', 'A=1']);
    assert.deepEqual(c.wrappers.map((w) => w.value), ['sudo', 'env']);
    assert.deepEqual(c.args.map((a) => a.value), ['install', '-y', 'vim']);
  });

  it('analyses sh -c and bash -c bodies recursively with ranges in the file', () => {
    const df = dockerfile('FROM alpine', 'RUN sh -c "apt-get install x && echo \\"ok\\"" && bash -euo pipefail -c \'curl -s u | tar x\'');
    const script = df.shell(df.instructions[1])!;
    assert.deepEqual(script.commands.map((c) => [c.name, c.depth]), [['sh', 0], ['apt-get', 1], ['echo', 1], ['bash', 0], ['curl', 1], ['tar', 1]]);
    const aptGet = script.commands[1];
    assertToken(df, aptGet.nameWord, [1, 11, 1, 18], 'apt-get');
    assertToken(df, aptGet.args[1], [1, 27, 1, 28], 'x');
    assert.equal(script.commands[2].args[0].value, 'ok');
    assertToken(df, script.commands[4].nameWord, [1, 71, 1, 75], 'curl');
    assert.equal(script.commands[4].pipefail, true, 'bash -o pipefail applies inside its -c body');
    assert.equal(script.commands[1].pipefail, false);
  });

  it('maps an sh -c body that spans continuation lines back to each line', () => {
    const df = dockerfile('FROM debian', 'RUN sh -c "apt-get update && \\', '    apt-get install -y curl"');
    const script = df.shell(df.instructions[1])!;
    assert.deepEqual(script.commands.map((c) => `${c.name}@${c.depth}`), ['sh@0', 'apt-get@1', 'apt-get@1']);
    assertToken(df, script.commands[2].nameWord, [2, 4, 2, 11], 'apt-get');
    assertToken(df, script.commands[2].args[2], [2, 23, 2, 27], 'curl');
  });

  it('descends into subshells, groups, if/for/while/case and $(...)', () => {
    const df = dockerfile(
      'FROM alpine',
      'RUN (cd /src && make) || { echo failed; exit 1; }; if [ -f x ]; then rm x; fi; for f in a b; do touch $f; done; case "$A" in x) echo X;; *) echo other;; esac; V=$(uname -m) && echo $V',
    );
    const script = df.shell(df.instructions[1])!;
    assert.deepEqual(script.commands.map((c) => `${c.name}@${c.depth}`), ['cd@1', 'make@1', 'echo@1', 'exit@1', '[@0', 'rm@0', 'touch@0', 'echo@0', 'echo@0', 'uname@1', 'echo@0']);
    assert.equal(script.commands[2].joinedBy, '||');
  });

  it('tracks set -o pipefail and a SHELL with -o pipefail', () => {
    const df = dockerfile('FROM alpine', 'RUN a | b; set -eo pipefail; c | d', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN e | f');
    const first = df.shell(df.instructions[1])!;
    assert.deepEqual(first.commands.map((c) => c.pipefail), [false, false, false, true, true]);
    assert.equal(first.pipefail, true);
    const second = df.shell(df.instructions[3])!;
    assert.equal(second.pipefail, true);
    assert.equal(second.commands[0].pipefail, true);
  });

  it('analyses heredoc scripts: RUN <<EOF, RUN <<EOF bash, shebangs, and in-script heredocs', () => {
    const df = dockerfile(
      'FROM alpine',
      'RUN <<EOF',
      'apk add curl',
      'cat <<INNER > /etc/x',
      'not a command',
      'INNER',
      'echo done',
      'EOF',
      'RUN <<EOF bash',
      'set -o pipefail',
      'EOF',
      'RUN <<EOF',
      '#!/usr/bin/env python3',
      'print("hi")',
      'EOF',
    );
    const [, script, bash, python] = df.instructions;
    assert.deepEqual(commands(df, script), ['apk add curl', 'cat', 'echo done']);
    assertToken(df, df.shell(script)!.commands[2].nameWord, [6, 0, 6, 4], 'echo');
    assert.deepEqual(df.shell(bash)!.commands.map((c) => `${c.name}@${c.depth}`), ['bash@0', 'set@1']);
    assert.equal(df.shell(bash)!.pipefail, true);
    const py = df.shell(python)!;
    assert.deepEqual([py.commands.length, py.interpreter], [0, 'python3']);
  });

  it('treats exec form as one command and still analyses ["sh", "-c", "..."]', () => {
    const df = dockerfile('FROM alpine', 'RUN ["sh", "-c", "apk add --no-cache git && git --version"]');
    const script = df.shell(df.instructions[1])!;
    assert.deepEqual(script.commands.map((c) => `${c.name}@${c.depth}`), ['sh@0', 'apk@1', 'git@1']);
    assertToken(df, script.commands[1].nameWord, [1, 18, 1, 21], 'apk');
  });

  it('does not analyse PowerShell or cmd as POSIX shell', () => {
    const df = dockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir C:\\app', 'SHELL ["powershell", "-Command"]', 'RUN Get-ChildItem | Select-Object Name');
    assert.deepEqual([df.shell(df.instructions[1])!.dialect, df.shell(df.instructions[1])!.commands.length], ['cmd', 0]);
    assert.deepEqual([df.shell(df.instructions[3])!.dialect, df.shell(df.instructions[3])!.commands.length], ['powershell', 0]);
  });

  it('applies POSIX quoting checks only where the shell is POSIX', () => {
    const posix = dockerfile('FROM alpine', "RUN echo 'unclosed");
    assert.deepEqual(posix.syntaxErrors.map((d) => d.rule), ['dockerfile-unterminated-quote']);
    const pwsh = dockerfile('FROM alpine', 'SHELL ["pwsh", "-Command"]', "RUN Write-Host 'it''s", 'FROM alpine', "RUN echo 'unclosed");
    assert.deepEqual(pwsh.syntaxErrors.map((d) => d.range.start.line), [4], 'SHELL applies to its own stage only');
  });

  it('leaves redirections, heredoc delimiters, parentheses and comments out of arguments', () => {
    const df = dockerfile(
      'FROM alpine',
      'RUN cmd a >out b 2>&1 c',
      'RUN cat <<EOF x "y z"',
      'hello',
      'EOF',
      'RUN cmd (x)#y z # comment',
      'RUN cmd arg () tail',
      'RUN echo $(date +%s) "$(id -u)" `uname -m` end',
    );
    const texts = (ins: Instruction) => df.shell(ins)!.commands.map((c) => [c.name, ...c.args.map((a) => a.text)]);
    assert.deepEqual(texts(df.instructions[1]), [['cmd', 'a', 'b', 'c']]);
    assert.equal(df.shell(df.instructions[1])!.commands[0]?.token?.text, 'cmd a >out b 2>&1 c');
    assert.deepEqual(texts(df.instructions[2]), [['cat', 'x', '"y z"']]);
    assert.deepEqual(texts(df.instructions[3]), [['x'], ['cmd', '#y', 'z']]);
    assert.deepEqual(texts(df.instructions[4]), [['cmd', 'arg', 'tail']]);
    assert.deepEqual(texts(df.instructions[5]), [['date', '+%s'], ['id', '-u'], ['uname', '-m'], ['echo', '$(date +%s)', '"$(id -u)"', '`uname -m`', 'end']]);
    const echo = df.shell(df.instructions[5])!.commands[3];
    assertToken(df, echo.args[3], [7, 43, 7, 46], 'end');
  });

  it('analyses ONBUILD RUN triggers, CMD and HEALTHCHECK CMD, and caches results', () => {
    const df = dockerfile('FROM alpine', 'ONBUILD RUN apk add git', 'CMD exec nginx -g "daemon off;"', 'HEALTHCHECK CMD curl -f http://x || exit 1', 'COPY a b');
    const trigger = df.instructions[1].trigger!;
    assert.deepEqual(commands(df, trigger), ['apk add git']);
    assert.deepEqual(commands(df, df.instructions[2]), ['nginx -g daemon off;']);
    assert.deepEqual(commands(df, df.instructions[3]), ['curl -f http://x', 'exit 1']);
    assert.equal(df.shell(df.instructions[4]), undefined);
    assert.equal(df.shell(trigger), df.shell(trigger));
  });
});
