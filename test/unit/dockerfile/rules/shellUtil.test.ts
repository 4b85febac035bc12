import { strict as assert } from 'node:assert';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import { instructionsOf } from '../../../../src/core/dockerfile/rules/instructionIndex';
import { commandsMatching, commandsNamed, coversDirectory, parseArgs, runScripts } from '../../../../src/core/dockerfile/rules/shellUtil';
import { APT_GET } from '../../../../src/core/dockerfile/rules/packageManagers';

/** The regex form coversDirectory's hand-written directoryOf replaced, as the reference. */
function coversByRegex(path: string, dir: string, minimum = dir): boolean {
  const p = path.replace(/(\/\*?)+$/, '').replace(/\*+$/, '');
  if (p.length < minimum.length) return false;
  return dir === p || dir.startsWith(p + '/');
}

describe('shellUtil', () => {
  it('finds commands by name, also names first asked after the file was analysed', () => {
    const df = parseDockerfile('FROM alpine\nRUN apk add curl && apt update && /usr/bin/apk del x\nRUN apt install y\n');
    // `apt` and `apk` share a length and first letters: the index must still tell them apart.
    assert.deepEqual(commandsNamed(df, ['apk']).map((c) => c.command.args[0].value), ['add', 'del']);
    assert.deepEqual(commandsNamed(df, ['apt']).map((c) => c.command.args[0].value), ['update', 'install']);
    assert.deepEqual(commandsNamed(df, ['apt', 'apk']).map((c) => c.name), ['apk', 'apt', 'apk', 'apt']);
    assert.equal(commandsNamed(df, ['a-name-no-rule-asks-for']).length, 0);
    assert.deepEqual(commandsNamed(df, ['curl']), []);
  });

  it('gives each command one Cmd with its base name, index and script, also when analysed again', () => {
    const text = 'FROM alpine\nRUN apk add curl && /sbin/apk del x\nRUN ["/bin/apk", "info"]\n';
    const df = parseDockerfile(text);
    const check = () => {
      const scripts = runScripts(df);
      const cmds = scripts.flatMap((s) => s.commands);
      assert.deepEqual(cmds.map((c) => [c.name, c.command.name, c.index]), [['apk', 'apk', 0], ['apk', '/sbin/apk', 1], ['apk', '/bin/apk', 0]]);
      for (const s of scripts) for (const c of s.commands) assert.equal(c.script, s);
      assert.deepEqual(commandsNamed(df, ['apk']), cmds);
      assert.equal(cmds[0].parsed, undefined);
      return cmds;
    };
    const first = check();
    first[0].parsed = parseArgs(first[0].command.args);
    // Another model's analysis replaces this one's: analysing it again starts from fresh caches.
    commandsNamed(parseDockerfile('FROM alpine\nRUN apk add x\n'), ['apk']);
    check();
  });

  it('leaves ONBUILD triggers out when asked to, and orders a family by position', () => {
    const df = parseDockerfile('FROM python\nONBUILD RUN pip3 install a\nRUN pip install b && python3 -m pip install c && pip3 install d\n');
    assert.equal(commandsNamed(df, ['pip3']).length, 2);
    assert.equal(commandsNamed(df, ['pip3'], { onbuild: false }).length, 1);
    assert.deepEqual(commandsMatching(df, 'pip', /^pip(\d+(\.\d+)*)?$/).map((c) => c.command.args[1].value), ['a', 'b', 'd']);
    assert.deepEqual(commandsMatching(df, 'pip', /^pip(\d+(\.\d+)*)?$/, { onbuild: false }).map((c) => c.command.args[1].value), ['b', 'd']);
    assert.deepEqual(commandsMatching(df, 'ruby', /^ruby$/), []);
  });

  it('reads options and positionals', () => {
    const df = parseDockerfile('FROM debian\nRUN apt-get -o Dpkg::Options::=--force-confnew -yq --target-release bookworm install -tsid a b -- -c\n');
    const args = parseArgs(commandsNamed(df, ['apt-get'])[0].command.args, APT_GET);
    assert.deepEqual(args.positionals.map((w) => w.value), ['install', 'a', 'b', '-c']);
    assert.equal(args.beforeDoubleDash, 3);
    assert.deepEqual(args.options.map((o) => [o.name, o.value]), [
      ['o', 'Dpkg::Options::=--force-confnew'], ['y', undefined], ['q', undefined], ['target-release', 'bookworm'], ['t', 'sid'],
    ]);
  });

  it('compares rm targets with directories as the regex form did', () => {
    const paths = ['/var/lib/apt/lists/*', '/var/lib/apt/lists/', '/var/lib/apt/lists//*/', '/var/lib/apt/**', '/var/lib/apt*', '/var/lib', '/', '', '**', '/*', 'a*/', '/var/lib/apt/listsx'];
    for (const path of paths) {
      for (const [dir, minimum] of [['/var/lib/apt/lists', '/var/lib/apt'], ['/var/lib/apt/lists', '/var/lib/apt/lists'], ['/var/cache/yum', '/var/cache']]) {
        assert.equal(coversDirectory(path, dir, minimum), coversByRegex(path, dir, minimum), `${path} vs ${dir}`);
      }
    }
  });

  it('indexes instructions by keyword, unknown keywords included', () => {
    const df = parseDockerfile('FROM alpine\nRUN a\nRUNN b\nARG x\nADD y z\nRUN c\n');
    assert.equal(instructionsOf(df, 'RUN').length, 2);
    assert.equal(instructionsOf(df, 'ARG').length, 1);
    assert.equal(instructionsOf(df, 'ADD').length, 1);
    assert.equal(instructionsOf(df, 'RUNN').length, 1);
    assert.equal(instructionsOf(df, 'COPY').length, 0);
  });
});
