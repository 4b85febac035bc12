import * as assert from 'node:assert/strict';
import { readInfraCoachConfig } from '../../../src/core/configFiles/infraCoach';
import { applyPatch } from '../../../src/core/configFiles/source';
import { defaultConfig } from '../../../src/core/config';
import { resolveConfig } from '../../../src/core/configResolve';

const PATH = '/repo/.infra-coach.yaml';
const known = (id: string) => ['DL3008', 'latest-tag', 'DL4000'].includes(id);

function problems(text: string) {
  return readInfraCoachConfig(text, PATH, { isKnownRule: known }).problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity} ${p.message}`);
}

describe('.infra-coach.yaml', () => {
  it('reads every key into the effective configuration', () => {
    const { patch, problems } = readInfraCoachConfig(
      'rules:\n  DL3008: off\n  latest-tag: error\nfailure-threshold: warning\nenable:\n  compose: false\nmaxFileSize: 1000\nkubernetes:\n  targetVersion: "1.30"\ndockerfile:\n  trustedRegistries: [ghcr.io]\n',
      PATH,
      { isKnownRule: known },
    );
    assert.deepEqual(problems, []);
    const config = applyPatch(defaultConfig(), patch);
    assert.deepEqual(config.rules, { DL3008: 'off', 'latest-tag': 'error' });
    assert.equal(config.failureThreshold, 'warning');
    assert.deepEqual(config.enable, { dockerfile: true, kubernetes: true, compose: false });
    assert.equal(config.maxFileSize, 1000);
    assert.equal(config.kubernetes.targetVersion, '1.30');
    assert.deepEqual(config.dockerfile.trustedRegistries, ['ghcr.io']);
  });

  it('reports each bad value at its place and keeps the valid ones', () => {
    assert.deepEqual(problems('rules:\n  DL3008: loud\n  DL9999: off\nkubernetes:\n  targetVersion: 1.30\nenable:\n  helm: true\nmaxFileSize: big\nrulez: {}\n'), [
      '2:11 error Rule `DL3008` must be set to one of off, error, warning, info, hint; this entry is ignored.',
      '3:3 warning Unknown rule `DL9999` in `rules`; check the spelling (run `infra-coach rules` for the list).',
      '5:18 error `kubernetes.targetVersion` must be a Kubernetes minor version in quotes, for example `targetVersion: "1.30"`; it is ignored.',
      '7:3 error Unknown file kind `helm` in `enable`; use dockerfile, kubernetes, compose.',
      '8:14 error `maxFileSize` must be a number of bytes, for example `maxFileSize: 2000000`; it is ignored.',
      '9:1 warning Unknown key `rulez`; did you mean `rules`? It is ignored.',
    ]);
    const { patch } = readInfraCoachConfig('rules:\n  DL3008: loud\n  DL4000: warning\n', PATH);
    assert.deepEqual(patch.rules, { DL4000: 'warning' });
  });

  it('maps Dockerfiles to their build context and ignores paths, relative to the config file', () => {
    const files: Record<string, string> = {
      '/repo/.infra-coach.yaml': 'ignore: ["generated/**"]\ndockerfile:\n  buildContexts:\n    services/*/Dockerfile: .\n    tools/Dockerfile.dev: tools/ctx\n',
    };
    const host = { root: '/repo', readFile: (p: string) => files[p] };
    assert.equal(resolveConfig('/repo/services/web/Dockerfile', host).config.dockerfile.buildContext, '/repo');
    assert.equal(resolveConfig('/repo/tools/Dockerfile.dev', host).config.dockerfile.buildContext, '/repo/tools/ctx');
    assert.equal(resolveConfig('/repo/other/Dockerfile', host).config.dockerfile.buildContext, undefined);
    assert.equal(resolveConfig('/repo/generated/k8s/app.yaml', host).ignoredBy, '/repo/.infra-coach.yaml: ignore generated/**');
    assert.equal(resolveConfig('/repo/services/web/Dockerfile', host).ignoredBy, undefined);
  });

  it('wins over the peers\' files, and overrides (settings, flags) win over it', () => {
    const files: Record<string, string> = { '/r/.hadolint.yaml': 'override:\n  error: [DL3008]\n', '/r/.infra-coach.yaml': 'rules:\n  DL3008: info\n' };
    const host = { root: '/r', readFile: (p: string) => files[p] };
    assert.equal(resolveConfig('/r/Dockerfile', host).config.rules.DL3008, 'info');
    assert.equal(resolveConfig('/r/Dockerfile', host, defaultConfig(), undefined, { rules: { DL3008: 'off' } }).config.rules.DL3008, 'off');
  });
});

describe('.infra-coach.yaml rule ids', () => {
  it('knows the cross-file rules (no "unknown rule" warning for them)', () => {
    const files: Record<string, string> = { '/r/.infra-coach.yaml': 'rules:\n  compose-build-target: off\n  copy-source-missing: warning\n' };
    const r = resolveConfig('/r/compose.yaml', { root: '/r', readFile: (p: string) => files[p] });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { 'compose-build-target': 'off', 'copy-source-missing': 'warning' });
  });
});
