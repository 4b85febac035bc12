import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';
import { CONFIG_SOURCES, resolveConfig, type ConfigHost } from '../../../src/core/configResolve';
import type { ConfigSource } from '../../../src/core/configFiles/source';
import { dirname, joinPath, normalizePath, pathKey } from '../../../src/core/paths';

/** A file host over an in-memory tree that records every path it was asked for. */
function host(files: Record<string, string>, root?: string): ConfigHost & { asked: string[] } {
  const asked: string[] = [];
  return {
    root,
    asked,
    readFile(path: string) {
      asked.push(path);
      return Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
    },
  };
}

/** The lookups of the hadolint source, whatever other sources are configured. */
const hadolintAsked = (h: { asked: string[] }) => h.asked.filter((p) => /\.hadolint\.ya?ml$/.test(p));

describe('resolveConfig', () => {
  it('returns the base unchanged when no config file exists, asking each folder up to the root', () => {
    const h = host({}, '/repo');
    const base = defaultConfig();
    const r = resolveConfig('/repo/app/docker/Dockerfile', h, base);
    assert.deepEqual(r, { config: base, problems: [], files: [] });
    assert.deepEqual(hadolintAsked(h), [
      '/repo/app/docker/.hadolint.yaml',
      '/repo/app/docker/.hadolint.yml',
      '/repo/app/.hadolint.yaml',
      '/repo/app/.hadolint.yml',
      '/repo/.hadolint.yaml',
      '/repo/.hadolint.yml',
    ]);
  });

  it('uses the nearest .hadolint.yaml, found in a parent folder, and merges it into the base', () => {
    const h = host(
      {
        '/repo/.hadolint.yaml': 'ignored: [DL4000]\ntrustedRegistries: [ghcr.io]\n',
        '/repo/app/.hadolint.yml': 'override:\n  error: [StageNameCasing]\ntrustedRegistries: [docker.io]\n',
      },
      '/repo',
    );
    const base = defaultConfig();
    base.rules.UndefinedVar = 'off';
    base.dockerfile.trustedRegistries = ['quay.io'];
    const r = resolveConfig('/repo/app/web/Dockerfile', h, base);
    assert.deepEqual(r.files, ['/repo/app/.hadolint.yml']);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { UndefinedVar: 'off', StageNameCasing: 'error' });
    assert.deepEqual(r.config.dockerfile.trustedRegistries, ['quay.io', 'docker.io']);
    assert.deepEqual(base.rules, { UndefinedVar: 'off' }, 'the base is not modified');
  });

  it('lets the file override a setting of the base, whatever the id spelling', () => {
    const h = host({ '/w/.hadolint.yaml': 'override:\n  info: [DL4000]\nstrict-labels: true\n' });
    const base = defaultConfig();
    base.rules.dl4000 = 'off';
    const r = resolveConfig('/w/Dockerfile', h, base);
    assert.deepEqual(r.config.rules, { DL4000: 'info' });
    assert.equal(r.config.dockerfile.strictLabels, true);
  });

  it('stops at the root folder and never reads above it', () => {
    const h = host({ '/.hadolint.yaml': 'ignored: [DL4000]\n' }, '/repo');
    const r = resolveConfig('/repo/Dockerfile', h);
    assert.deepEqual(r.files, []);
    assert.ok(h.asked.every((p) => p.startsWith('/repo/')));
  });

  it('walks to the file system root without a root folder', () => {
    const h = host({ '/.hadolint.yaml': 'ignored: [DL4000]\n' });
    const r = resolveConfig('/repo/sub/Dockerfile', h);
    assert.deepEqual(r.files, ['/.hadolint.yaml']);
    assert.equal(r.config.rules.DL4000, 'off');
  });

  it('prefers .hadolint.yaml over .hadolint.yml in one folder and warns about the unused one', () => {
    const h = host({ '/r/.hadolint.yaml': 'ignored: [DL4000]\n', '/r/.hadolint.yml': 'ignored: [StageNameCasing]\n' }, '/r');
    const r = resolveConfig('/r/Dockerfile', h);
    assert.deepEqual(r.config.rules, { DL4000: 'off' });
    assert.deepEqual(
      r.problems.map((p) => [p.file, p.severity, p.message]),
      [['/r/.hadolint.yml', 'warning', 'Ignored because /r/.hadolint.yaml in the same folder takes precedence; merge the two hadolint files into one.']],
    );
  });

  it('keeps linting with the base when the file is broken, and says where', () => {
    const h = host({ '/r/.hadolint.yaml': 'ignored: [DL4000\n' }, '/r');
    const r = resolveConfig('/r/Dockerfile', h);
    assert.deepEqual(r.config, defaultConfig());
    assert.equal(r.problems.length > 0, true);
    assert.equal(r.problems[0].file, '/r/.hadolint.yaml');
    assert.equal(r.problems[0].severity, 'error');
    assert.deepEqual(r.files, ['/r/.hadolint.yaml']);
  });

  it('reports rule codes that no rule has', () => {
    const h = host({ '/r/.hadolint.yaml': 'ignored:\n  - DL0000\n' }, '/r');
    const r = resolveConfig('/r/Dockerfile', h);
    assert.deepEqual(
      r.problems.map((p) => [p.range.start.line, p.range.start.character, p.severity]),
      [[1, 4, 'warning']],
    );
  });

  it('handles Windows paths and relative file names', () => {
    const win = host({ 'C:\\repo\\.hadolint.yaml': 'ignored: [DL4000]\n' }, 'c:\\repo');
    assert.deepEqual(resolveConfig('C:\\repo\\app\\Dockerfile', win).files, ['C:\\repo\\.hadolint.yaml']);
    assert.deepEqual(hadolintAsked(win), ['C:\\repo\\app\\.hadolint.yaml', 'C:\\repo\\app\\.hadolint.yml', 'C:\\repo\\.hadolint.yaml', 'C:\\repo\\.hadolint.yml']);
    const rel = host({ '.hadolint.yaml': 'ignored: [DL4000]\n' });
    assert.deepEqual(resolveConfig('app/Dockerfile', rel).files, ['.hadolint.yaml']);
    assert.deepEqual(hadolintAsked(rel), ['app/.hadolint.yaml', 'app/.hadolint.yml', '.hadolint.yaml', '.hadolint.yml']);
  });

  it('reads each peer tool\'s nearest file independently: kube-linter and dclint beside hadolint', () => {
    const h = host(
      {
        '/r/.hadolint.yaml': 'ignored: [DL4000]\n',
        '/r/k8s/.kube-linter.yaml': 'checks:\n  exclude: [latest-tag]\n',
        '/r/.dclintrc': '{"rules": {"no-version-field": 0}}',
      },
      '/r',
    );
    const r = resolveConfig('/r/k8s/app/deploy.yaml', h);
    assert.deepEqual(r.files, ['/r/.hadolint.yaml', '/r/k8s/.kube-linter.yaml', '/r/.dclintrc']);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { DL4000: 'off', 'latest-tag': 'off', 'no-version-field': 'off' });
  });

  it('applies further sources after hadolint, so a later source wins', () => {
    const own: ConfigSource = {
      tool: 'later',
      fileNames: ['.later.yaml'],
      read: (text) => ({ patch: { rules: { DL4000: text.trim() === 'warn' ? 'warning' : 'error' } }, problems: [] }),
    };
    const h = host({ '/r/.hadolint.yaml': 'ignored: [DL4000]\n', '/r/sub/.later.yaml': 'warn\n' }, '/r');
    const r = resolveConfig('/r/sub/Dockerfile', h, defaultConfig(), [...CONFIG_SOURCES, own]);
    assert.deepEqual(r.files, ['/r/.hadolint.yaml', '/r/sub/.later.yaml']);
    assert.equal(r.config.rules.DL4000, 'warning');
  });
});

describe('resolveConfig with the engine', () => {
  it('turns rules off and on for linting, as the editor and the CLI do', () => {
    const h = host({ '/r/.hadolint.yaml': 'ignored: [StageNameCasing]\noverride:\n  info: [InvalidDefinitionDescription]\n' }, '/r');
    const text = '# a note\nFROM alpine:3.20 AS Build\n';
    const before = lint({ text, fileName: '/r/Dockerfile' }).diagnostics.map((d) => d.rule);
    assert.ok(before.includes('StageNameCasing'));
    assert.ok(!before.includes('InvalidDefinitionDescription'));
    const { config } = resolveConfig('/r/Dockerfile', h);
    const after = lint({ text, fileName: '/r/Dockerfile' }, { config }).diagnostics;
    assert.deepEqual(
      after.filter((d) => d.rule === 'StageNameCasing' || d.rule === 'InvalidDefinitionDescription').map((d) => [d.rule, d.severity]),
      [['InvalidDefinitionDescription', 'info']],
    );
  });
});

describe('string paths', () => {
  it('splits and joins POSIX, Windows and relative paths', () => {
    assert.equal(dirname('/a/b/Dockerfile'), '/a/b');
    assert.equal(dirname('/Dockerfile'), '/');
    assert.equal(dirname('/'), '/');
    assert.equal(dirname('Dockerfile'), '');
    assert.equal(dirname('C:\\a\\Dockerfile'), 'C:\\a');
    assert.equal(dirname('C:\\a'), 'C:\\');
    assert.equal(dirname('\\\\server\\share\\x\\Dockerfile'), '\\\\server\\share\\x');
    assert.equal(dirname('\\\\server\\share\\x'), '\\\\server\\share\\');
    assert.equal(joinPath('/a/b', '../c', './d'), '/a/c/d');
    assert.equal(joinPath('/a/b', '/abs'), '/abs');
    assert.equal(joinPath('C:\\a', '..\\b'), 'C:\\b');
    assert.equal(joinPath('', '.dockerignore'), '.dockerignore');
    assert.equal(normalizePath('a/../../b'), '../b');
    assert.equal(normalizePath('/../a'), '/a');
    assert.equal(pathKey('C:\\Repo\\'), pathKey('c:/repo'));
  });
});
