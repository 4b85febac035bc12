import * as assert from 'node:assert/strict';
import { kubeLinterConfigSource, readKubeLinterConfig } from '../../../src/core/configFiles/kubeLinter';
import { formatConfigProblem } from '../../../src/core/configFiles/source';
import { rules } from '../../../src/core/engine';

const PATH = '/repo/.kube-linter.yaml';
const isKnownRule = (id: string): boolean => rules().some((r) => [r.id, ...r.aliases].some((x) => x.toLowerCase() === id.toLowerCase()));

function read(text: string) {
  const { patch, problems } = readKubeLinterConfig(text, PATH, { isKnownRule });
  return { rules: patch.rules ?? {}, problems: problems.map(formatConfigProblem) };
}

describe('.kube-linter.yaml', () => {
  it('is found under both of kube-linter\'s names', () => {
    assert.deepEqual(kubeLinterConfigSource.fileNames, ['.kube-linter.yaml', '.kube-linter.yml']);
  });

  it('include switches checks on at their severity, exclude switches them off', () => {
    const { rules: r, problems } = read('checks:\n  include: [no-liveness-probe, minimum-three-replicas]\n  exclude: [latest-tag]\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(r, { 'no-liveness-probe': 'warning', 'minimum-three-replicas': 'info', 'latest-tag': 'off' });
  });

  it('doNotAutoAddDefaults turns the default checks off except the included ones', () => {
    const { rules: r } = read('checks:\n  doNotAutoAddDefaults: true\n  include: [latest-tag]\n');
    assert.equal(r['latest-tag'], 'warning');
    assert.equal(r['host-network'], 'off');
    assert.equal(r['no-liveness-probe'], undefined, 'checks off by default are left alone');
    assert.equal(Object.values(r).filter((v) => v === 'off').length, 30);
  });

  it('addAllBuiltIn switches every check on (schema-validation too); exclude still wins, with a warning when both list a check', () => {
    const { rules: r, problems } = read('checks:\n  addAllBuiltIn: true\n  doNotAutoAddDefaults: true\n  include: [sorted-keys]\n  exclude: [sorted-keys, use-namespace]\n');
    assert.equal(Object.keys(r).length, 63);
    assert.equal(r['schema-validation'], 'error');
    assert.equal(r['no-node-affinity'], 'info');
    assert.equal(r['sorted-keys'], 'off');
    assert.equal(r['use-namespace'], 'off');
    assert.deepEqual(problems, ['/repo/.kube-linter.yaml:4:13: warning: `sorted-keys` is both included and excluded; exclude wins, so it stays off.']);
  });

  it('reports bad content at its line and keeps what is valid', () => {
    const { rules: r, problems } = read(`checks:
  include: [latest-tags, ingress-missing-tls]
  exclud: [host-network]
  addAllBuiltIn: yes please
  ignorePaths: ["**/vendor/**"]
customChecks:
- name: my-check
colour: blue
`);
    assert.deepEqual(r, { 'ingress-missing-tls': 'warning' });
    assert.deepEqual(problems, [
      '/repo/.kube-linter.yaml:2:13: warning: Unknown check `latest-tags` in `checks.include`; did you mean `latest-tag`? It is ignored.',
      '/repo/.kube-linter.yaml:3:3: warning: Unknown key `exclud` in `checks`; did you mean `exclude`? It is ignored.',
      '/repo/.kube-linter.yaml:4:18: error: `addAllBuiltIn` must be `true` or `false`; it is ignored.',
      '/repo/.kube-linter.yaml:5:3: warning: Infra Coach lints the files you open, so `ignorePaths` has no effect here; put `# infra-coach ignore-file=all -- reason` in files to skip.',
      '/repo/.kube-linter.yaml:6:1: warning: Custom checks are kube-linter templates that Infra Coach does not run; they are ignored here (kube-linter itself still runs them).',
      '/repo/.kube-linter.yaml:8:1: warning: Unknown key `colour` in the kube-linter config; kube-linter\'s keys there are checks, customChecks. It is ignored.',
    ]);
  });

  it('rejects a file that is not a mapping, and broken YAML, with positions', () => {
    assert.deepEqual(read('- latest-tag\n').problems, ['/repo/.kube-linter.yaml:1:1: error: The file must be a mapping of keys to values (for example `ignored: [DL3008]`); the file is ignored.']);
    assert.match(read('checks: {include: [a\n').problems[0], /^\/repo\/\.kube-linter\.yaml:\d+:\d+: error: /);
    assert.deepEqual(read('checks: [latest-tag]\n').problems, ['/repo/.kube-linter.yaml:1:9: error: `checks` must be a mapping, for example `checks: {exclude: [latest-tag]}`; it is ignored.']);
  });

  it('an empty file changes nothing', () => {
    assert.deepEqual(read(''), { rules: {}, problems: [] });
  });
});
