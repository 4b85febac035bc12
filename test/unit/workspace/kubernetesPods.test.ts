/**
 * Cross-file pod references and selectors: ServiceAccounts, ConfigMap and Secret keys read by env,
 * NetworkPolicies and their peers, PodDisruptionBudgets. For each: a per-file finding that a sibling
 * file resolves is withdrawn, and what the per-file rule could not judge is reported with the
 * object of the other file as related location.
 */
import * as assert from 'node:assert/strict';
import { defaultConfig, type EffectiveConfig } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';
import { findingsOf as of, lintTree } from './lintTree';

/** The opt-in rules on, as a team that wants them would set them. */
function config(): EffectiveConfig {
  const c = defaultConfig();
  for (const id of ['env-value-from', 'dangling-networkpolicy', 'dangling-networkpolicypeer-podselector', 'missing-pod-disruption-budget']) c.rules[id] = 'warning';
  return c;
}

const own = (text: string, fileName: string, rule: string) => lint({ text, fileName }, { config: config() }).diagnostics.filter((d) => d.rule === rule);
const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

interface PodOptions {
  name?: string;
  label?: string;
  namespace?: string;
  replicas?: number;
  serviceAccount?: string;
  /** Extra lines of the container, indented under it. */
  container?: string[];
}

function deployment(o: PodOptions = {}): string {
  const name = o.name ?? 'web';
  const label = o.label ?? name;
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(o.namespace ? [`  namespace: ${o.namespace}`] : []),
    'spec:',
    `  replicas: ${o.replicas ?? 1}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${label}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${label}`,
    '    spec:',
    ...(o.serviceAccount ? [`      serviceAccountName: ${o.serviceAccount}`] : []),
    '      containers:',
    '        - name: c',
    '          image: example/x:1.0',
    ...(o.container ?? []).map((l) => `          ${l}`),
    '',
  ].join('\n');
}

const object = (kind: string, name: string, extra: string[] = [], namespace?: string) =>
  [kind === 'NetworkPolicy' ? 'apiVersion: networking.k8s.io/v1' : kind === 'PodDisruptionBudget' ? 'apiVersion: policy/v1' : 'apiVersion: v1', `kind: ${kind}`, 'metadata:', `  name: ${name}`, ...(namespace ? [`  namespace: ${namespace}`] : []), ...extra, ''].join('\n');
const doc = (...parts: string[]) => parts.join('---\n');
/** The range of `word` on the first line of `text` that contains `needle`. */
function spanOf(text: string, needle: string, word: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  const start = lines[line].indexOf(word, lines[line].indexOf(needle));
  return at(line, start, start + word.length);
}

describe('cross-file ServiceAccounts (non-existent-service-account)', () => {
  const RULE = 'non-existent-service-account';

  it('withdraws the per-file finding when a sibling file defines the account', () => {
    const text = doc(object('ServiceAccount', 'other'), deployment({ serviceAccount: 'web' }));
    assert.equal(own(text, '/w/app.yaml', RULE).length, 1, 'alone, the file lacks the account');
    const found = lintTree({ '/w/app.yaml': text, '/w/accounts.yaml': object('ServiceAccount', 'web') }, config());
    assert.deepEqual(of(found, '/w/app.yaml', RULE), []);
  });

  it('reports a likely typo of an account defined in another file, with that account as related location', () => {
    const app = deployment({ serviceAccount: 'wbe' });
    const found = lintTree({ '/w/app.yaml': app, '/w/sub/accounts.yaml': doc(object('ServiceAccount', 'api'), object('ServiceAccount', 'web')) }, config());
    assert.equal(own(app, '/w/app.yaml', RULE).length, 0, 'the file alone defines no account: not judged per file');
    const [d] = of(found, '/w/app.yaml', RULE);
    assert.ok(d, 'reported');
    assert.deepEqual(d.range, spanOf(app, 'serviceAccountName', 'wbe'));
    assert.equal(d.message, 'Deployment "web" uses ServiceAccount "wbe", which no file of this folder tree defines in its namespace; fix the name or add the account.');
    assert.deepEqual(d.related, [{ message: 'ServiceAccount "web" is defined here', range: at(6, 0, 20), path: '/w/sub/accounts.yaml' }]);
  });

  it('stays quiet about an account no defined one resembles, and keeps namespaces apart', () => {
    // A chart or `kubectl create serviceaccount` makes it: that other accounts exist says nothing.
    assert.deepEqual(of(lintTree({ '/w/app.yaml': deployment({ serviceAccount: 'prometheus' }), '/w/accounts.yaml': object('ServiceAccount', 'web') }, config()), '/w/app.yaml', RULE), []);
    // The account of the same name lives in another namespace: the per-file finding stays.
    const text = doc(object('ServiceAccount', 'other', [], 'shop'), deployment({ serviceAccount: 'web', namespace: 'shop' }));
    const found = lintTree({ '/w/app.yaml': text, '/w/accounts.yaml': object('ServiceAccount', 'web', [], 'blog') }, config());
    assert.equal(of(found, '/w/app.yaml', RULE).length, 1);
  });
});

describe('cross-file ConfigMap and Secret keys (env-value-from)', () => {
  const RULE = 'env-value-from';
  const reading = (kind: 'configMapKeyRef' | 'secretKeyRef', name: string, key: string, optional = false) =>
    deployment({ container: ['env:', '  - name: LEVEL', '    valueFrom:', `      ${kind}:`, `        name: ${name}`, `        key: ${key}`, ...(optional ? ['        optional: true'] : [])] });
  const SETTINGS = object('ConfigMap', 'settings', ['data:', '  level: debug']);

  it('withdraws the per-file finding when a sibling file defines the ConfigMap with the key', () => {
    const text = doc(object('ConfigMap', 'other', ['data:', '  a: b']), reading('configMapKeyRef', 'settings', 'level'));
    assert.equal(own(text, '/w/app.yaml', RULE).length, 1, 'alone, the file lacks the ConfigMap');
    assert.deepEqual(of(lintTree({ '/w/app.yaml': text, '/w/settings.yaml': SETTINGS }, config()), '/w/app.yaml', RULE), []);
  });

  it('judges the key against the ConfigMap of the other file', () => {
    const text = doc(object('ConfigMap', 'other', ['data:', '  a: b']), reading('configMapKeyRef', 'settings', 'verbosity'));
    const found = of(lintTree({ '/w/app.yaml': text, '/w/settings.yaml': SETTINGS }, config()), '/w/app.yaml', RULE);
    assert.deepEqual(
      found.map((d) => [d.range, d.message, d.related]),
      [[spanOf(text, 'key: verbosity', 'verbosity'), 'ConfigMap "settings" has no key "verbosity", so container "c" will not start; use one of its keys (level).', [{ message: 'ConfigMap "settings"', range: at(1, 0, 15), path: '/w/settings.yaml' }]]],
      'the name finding is withdrawn, the key finding added',
    );
  });

  it('reports a Secret name that is a likely typo of one in another file, and nothing for unrelated or optional ones', () => {
    const app = reading('secretKeyRef', 'db-creds', 'password');
    const secrets = { '/w/secrets.yaml': object('Secret', 'db-cred', ['stringData:', '  password: x']) };
    const [d] = of(lintTree({ '/w/app.yaml': app, ...secrets }, config()), '/w/app.yaml', RULE);
    assert.ok(d, 'reported');
    assert.deepEqual(d.range, spanOf(app, 'name: db-creds', 'db-creds'));
    assert.equal(d.message, 'Env var LEVEL of container "c" reads Secret "db-creds", which no file of this folder tree defines in its namespace; fix the name or mark the reference optional: true.');
    assert.deepEqual(d.related?.map((r) => [r.message, r.path]), [['Secret "db-cred" is defined here', '/w/secrets.yaml']]);
    // Made by `kubectl create secret` or an operator: the tree cannot tell.
    assert.deepEqual(of(lintTree({ '/w/app.yaml': reading('secretKeyRef', 'registry-token', 'password'), ...secrets }, config()), '/w/app.yaml', RULE), []);
    assert.deepEqual(of(lintTree({ '/w/app.yaml': reading('secretKeyRef', 'db-creds', 'password', true), ...secrets }, config()), '/w/app.yaml', RULE), []);
    // A ConfigMap of that name does not resolve a Secret reference.
    assert.deepEqual(of(lintTree({ '/w/app.yaml': reading('secretKeyRef', 'settings', 'level'), '/w/settings.yaml': SETTINGS }, config()), '/w/app.yaml', RULE), []);
  });
});

describe('cross-file NetworkPolicies', () => {
  const policy = (selector: string, peer?: string) =>
    object('NetworkPolicy', 'guard', ['spec:', '  podSelector:', '    matchLabels:', `      app: ${selector}`, ...(peer ? ['  ingress:', '    - from:', '        - podSelector:', '            matchLabels:', `              app: ${peer}`] : [])]);

  it('withdraws dangling-networkpolicy when a sibling file holds the selected pods', () => {
    const text = doc(policy('web'), deployment({ name: 'other' }));
    assert.equal(own(text, '/w/policy.yaml', 'dangling-networkpolicy').length, 1, 'alone, the file selects nothing');
    assert.deepEqual(of(lintTree({ '/w/policy.yaml': text, '/w/web.yaml': deployment() }, config()), '/w/policy.yaml', 'dangling-networkpolicy'), []);
  });

  it('reports a policy that selects no pod of the tree, with the near-miss template as related location', () => {
    const found = lintTree({ '/w/policy.yaml': policy('webb'), '/w/web.yaml': deployment() }, config());
    const [d] = of(found, '/w/policy.yaml', 'dangling-networkpolicy');
    assert.ok(d, 'reported');
    assert.deepEqual(d.range, at(5, 2, 13));
    assert.equal(d.message, 'NetworkPolicy "guard" selects no pod template in this folder tree; fix spec.podSelector to match the pods it should protect.');
    assert.deepEqual(d.related, [{ message: 'Deployment "web" pod labels: app=web', range: at(1, 0, 16), path: '/w/web.yaml' }]);
  });

  it('stays quiet when no template could be meant, or in a Kustomize patch, and reports a typo among several labels', () => {
    assert.deepEqual(of(lintTree({ '/w/policy.yaml': policy('prometheus'), '/w/web.yaml': deployment() }, config()), '/w/policy.yaml', 'dangling-networkpolicy'), []);
    assert.deepEqual(of(lintTree({ '/w/policy-patch.yaml': policy('webb'), '/w/web.yaml': deployment() }, config()), '/w/policy-patch.yaml', 'dangling-networkpolicy'), []);
    // Sharing a product-wide label is no near miss: the pods may come from an operator.
    const shared = object('NetworkPolicy', 'alerts', ['spec:', '  podSelector:', '    matchLabels:', '      app: alertmanager', '      part-of: monitoring']);
    const grafana = deployment({ name: 'grafana' }).replace('        app: grafana\n', '        app: grafana\n        part-of: monitoring\n');
    assert.ok(grafana.includes('part-of: monitoring'));
    assert.deepEqual(of(lintTree({ '/w/policy.yaml': shared, '/w/grafana.yaml': grafana }, config()), '/w/policy.yaml', 'dangling-networkpolicy'), []);
    assert.equal(of(lintTree({ '/w/policy.yaml': shared.replace('alertmanager', 'grafanna'), '/w/grafana.yaml': grafana }, config()), '/w/policy.yaml', 'dangling-networkpolicy').length, 1, 'a typo in one value still is');
  });

  it('withdraws and reports peers the same way', () => {
    const RULE = 'dangling-networkpolicypeer-podselector';
    const text = doc(policy('web', 'frontend'), deployment());
    assert.equal(own(text, '/w/policy.yaml', RULE).length, 1, 'alone, the peer selects nothing');
    assert.deepEqual(of(lintTree({ '/w/policy.yaml': text, '/w/frontend.yaml': deployment({ name: 'frontend' }) }, config()), '/w/policy.yaml', RULE), []);
    const found = lintTree({ '/w/policy.yaml': policy('web', 'frontnd'), '/w/web.yaml': deployment(), '/w/frontend.yaml': deployment({ name: 'frontend' }) }, config());
    assert.deepEqual(of(found, '/w/policy.yaml', 'dangling-networkpolicy'), [], 'the policy itself selects the web pods');
    assert.deepEqual(
      of(found, '/w/policy.yaml', RULE).map((d) => [d.range, d.related?.map((r) => r.path)]),
      [[at(10, 10, 21), ['/w/frontend.yaml']]],
    );
  });
});

describe('cross-file PodDisruptionBudgets', () => {
  const budget = (app: string, field: string) => object('PodDisruptionBudget', 'budget', ['spec:', `  ${field}`, '  selector:', '    matchLabels:', `      app: ${app}`]);

  it('withdraws missing-pod-disruption-budget when a budget in a sibling file covers the pods', () => {
    const web = deployment({ replicas: 3 });
    assert.equal(own(web, '/w/web.yaml', 'missing-pod-disruption-budget').length, 1, 'alone, no budget covers it');
    assert.deepEqual(of(lintTree({ '/w/web.yaml': web, '/w/pdb.yaml': budget('web', 'maxUnavailable: 1') }, config()), '/w/web.yaml', 'missing-pod-disruption-budget'), []);
    // A budget for other pods does not.
    assert.equal(of(lintTree({ '/w/web.yaml': web, '/w/pdb.yaml': budget('api', 'maxUnavailable: 1') }, config()), '/w/web.yaml', 'missing-pod-disruption-budget').length, 1);
  });

  it('compares minAvailable with the replicas of the workloads of other files it covers', () => {
    const pdb = budget('web', 'minAvailable: 2');
    const found = of(lintTree({ '/w/pdb.yaml': pdb, '/w/web.yaml': deployment({ replicas: 2 }) }, config()), '/w/pdb.yaml', 'pdb-min-available');
    assert.deepEqual(
      found.map((d) => [d.range, d.message, d.related]),
      [[at(5, 2, 17), 'PodDisruptionBudget "budget" keeps 2 of 2 pods of Deployment "web" available, so none can be evicted; lower minAvailable below the replica count or add replicas.', [{ message: 'Deployment "web" runs 2 replicas', range: at(5, 2, 13), path: '/w/web.yaml' }]]],
    );
    assert.deepEqual(of(lintTree({ '/w/pdb.yaml': budget('web', 'minAvailable: 50%'), '/w/web.yaml': deployment({ replicas: 2 }) }, config()), '/w/pdb.yaml', 'pdb-min-available'), []);
    assert.deepEqual(of(lintTree({ '/w/pdb.yaml': pdb, '/w/web.yaml': deployment({ replicas: 3 }) }, config()), '/w/pdb.yaml', 'pdb-min-available'), []);
  });
});
