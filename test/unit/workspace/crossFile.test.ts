/**
 * Cross-file checks over the fixture workspace (test/fixtures/workspace-crossfile) and small
 * in-memory trees: what other files resolve is withdrawn, what no file resolves is reported with
 * related locations in the other files.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { defaultConfig } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';
import { definitionsAt, WorkspaceIndex } from '../../../src/core/workspace';
import { findingsOf as of, lintTree } from './lintTree';

const FIXTURE = path.resolve(__dirname, '../../fixtures/workspace-crossfile');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const SERVICE = (selector: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: ${selector}\n  ports:\n    - port: 80\n`;
const DEPLOYMENT = (name: string, label: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n      app: ${label}\n  template:\n    metadata:\n      labels:\n        app: ${label}\n    spec:\n      containers:\n        - name: c\n          image: example/x:1.0\n`;

describe('cross-file checks', () => {
  it('does not report a Service whose pods are defined in a sibling file', () => {
    const found = lintTree({ '/w/svc.yaml': SERVICE('web'), '/w/deploy.yaml': DEPLOYMENT('web', 'web') });
    assert.deepEqual(of(found, '/w/svc.yaml', 'dangling-service'), []);
  });

  it('withdraws the per-file finding when the matching Deployment is in another file', () => {
    const own = lint({ text: SERVICE('web') + '---\n' + DEPLOYMENT('other', 'other'), fileName: '/w/svc.yaml' }).diagnostics;
    assert.equal(own.filter((d) => d.rule === 'dangling-service').length, 1, 'alone, the file looks dangling');
    const found = lintTree({ '/w/svc.yaml': SERVICE('web') + '---\n' + DEPLOYMENT('other', 'other'), '/w/deploy.yaml': DEPLOYMENT('web', 'web') });
    assert.deepEqual(of(found, '/w/svc.yaml', 'dangling-service'), []);
  });

  it('reports a dangling Service with the near-miss pod templates of other files as related locations', () => {
    const found = lintTree({ '/w/svc.yaml': SERVICE('webb'), '/w/deploy.yaml': DEPLOYMENT('web', 'web') });
    const [d] = of(found, '/w/svc.yaml', 'dangling-service');
    assert.ok(d, 'reported');
    assert.deepEqual(d.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
    assert.deepEqual(d.related, [{ message: 'Deployment "web" pod labels: app=web', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } }, path: '/w/deploy.yaml' }]);
  });

  it('stays quiet when no pod template of the tree could be meant, or the pods live outside the folder', () => {
    assert.deepEqual(of(lintTree({ '/w/svc.yaml': SERVICE('prometheus'), '/w/deploy.yaml': DEPLOYMENT('web', 'web') }), '/w/svc.yaml', 'dangling-service'), []);
    // The Deployment is in a folder beside the Service's, not below it.
    assert.deepEqual(of(lintTree({ '/w/a/svc.yaml': SERVICE('webb'), '/w/b/deploy.yaml': DEPLOYMENT('web', 'web') }), '/w/a/svc.yaml', 'dangling-service'), []);
  });

  it('honours inline suppressions and rule settings for cross-file findings', () => {
    const annotated = SERVICE('webb').replace('  name: web\n', '  name: web\n  annotations:\n    ignore-check.kube-linter.io/dangling-service: "pods come from a chart"\n');
    assert.deepEqual(of(lintTree({ '/w/svc.yaml': annotated, '/w/deploy.yaml': DEPLOYMENT('web', 'web') }), '/w/svc.yaml', 'dangling-service'), []);
    const config = defaultConfig();
    config.rules['dangling-service'] = 'off';
    assert.deepEqual(of(lintTree({ '/w/svc.yaml': SERVICE('webb'), '/w/deploy.yaml': DEPLOYMENT('web', 'web') }, config), '/w/svc.yaml', 'dangling-service'), []);
  });

  describe('on the fixture workspace', () => {
    const tree = Object.fromEntries(files(FIXTURE).map((f) => [f, readFileSync(f, 'utf8')]));
    const config = defaultConfig();
    config.rules['dangling-ingress'] = 'warning';
    const found = lintTree(tree, config);
    const at = (rel: string) => path.join(FIXTURE, rel);

    it('finds the typo in the api Service and not the web one', () => {
      assert.deepEqual(of(found, at('k8s/service-web.yaml'), 'dangling-service'), []);
      const [api] = of(found, at('k8s/service-api.yaml'), 'dangling-service');
      assert.equal(api.related?.[0].path, at('k8s/deployment-api.yaml'));
    });

    it('reports the Ingress backend no file defines, not the one a sibling file defines', () => {
      const ingress = of(found, at('k8s/ingress.yaml'), 'dangling-ingress');
      assert.deepEqual(
        ingress.map((d) => [d.range.start.line + 1, d.message]),
        [[21, 'Ingress "site" routes to Service "frontend", which is not defined in any file of this folder tree\'s namespace; fix the name or add the Service.']],
      );
    });

    it('reports the ServiceAccount typo and the budget that blocks eviction of pods defined in sibling files', () => {
      const [account] = of(found, at('k8s/worker.yaml'), 'non-existent-service-account');
      assert.ok(account, 'the account typo is reported');
      assert.deepEqual([account.range.start.line + 1, account.related?.map((r) => [r.path, r.range.start.line])], [14, [[at('k8s/serviceaccounts.yaml'), 1]]]);
      const [budget] = of(found, at('k8s/pdb-web.yaml'), 'pdb-min-available');
      assert.ok(budget, 'the blocking budget is reported');
      assert.deepEqual([budget.range.start.line + 1, budget.related?.map((r) => [r.message, r.path, r.range.start.line])], [6, [['Deployment "web" runs 2 replicas', at('k8s/deployment-web.yaml'), 5]]]);
    });

    it('reports a Compose build target that is no stage of its Dockerfile, with the stages as related locations', () => {
      const targets = of(found, at('compose.yaml'), 'compose-build-target');
      assert.deepEqual(
        targets.map((d) => [d.severity, d.range.start.line + 1, d.message]),
        [['error', 5, 'Service "app" builds target "prod", but app/Dockerfile has no stage of that name; its stages are build, runtime.']],
      );
      assert.deepEqual(
        targets[0].related?.map((r) => [r.message, r.path, r.range.start.line]),
        [
          ['stage "build"', at('app/Dockerfile'), 0],
          ['stage "runtime"', at('app/Dockerfile'), 5],
        ],
      );
    });

    it('reports a published port the built stage does not EXPOSE, not the one it does', () => {
      assert.deepEqual(
        of(found, at('compose.yaml'), 'compose-port-not-exposed').map((d) => [d.range.start.line + 1, d.message]),
        [[14, 'Service "worker" publishes container port 9000/tcp, but app/Dockerfile (stage "runtime") EXPOSEs 8080/tcp; check the port the application listens on.']],
      );
    });

    it('goes to definition from COPY --from, depends_on and a Service selector', () => {
      const dockerfile = at('app/Dockerfile');
      const copyLine = tree[dockerfile].split('\n').findIndex((l) => l.startsWith('COPY --from=build'));
      assert.deepEqual(definitionsAt({ text: tree[dockerfile], fileName: dockerfile }, { line: copyLine, character: 14 }), [{ range: { start: { line: 0, character: 20 }, end: { line: 0, character: 25 } } }]);
      const compose = at('compose.yaml');
      assert.deepEqual(definitionsAt({ text: tree[compose], fileName: compose }, { line: 6, character: 10 }), [{ range: { start: { line: 7, character: 2 }, end: { line: 7, character: 8 } } }]);
      const index = new WorkspaceIndex();
      for (const [fileName, text] of Object.entries(tree)) index.update({ text, fileName });
      const svc = at('k8s/service-web.yaml');
      assert.deepEqual(definitionsAt({ text: tree[svc], fileName: svc }, { line: 6, character: 6 }, index.kubernetesFacts()), [
        { fileName: at('k8s/deployment-web.yaml'), range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } } },
      ]);
    });
  });
});

describe('copy-source-missing', () => {
  const DOCKERFILE = 'FROM alpine:3.20\nARG CONF=app.conf\nCOPY src/ /app/\nCOPY missing.txt conf/${CONF} /app/\nCOPY *.md /docs/\nCOPY --from=alpine:3.20 /etc/os-release /x\nADD https://example.com/a.tgz /tmp/\n';

  function check(existing: string[], configured?: string) {
    const index = new WorkspaceIndex();
    index.update({ text: DOCKERFILE, fileName: '/w/Dockerfile' });
    const config = defaultConfig();
    if (configured) config.dockerfile.buildContext = configured;
    const exists = new Set(existing);
    const deltas = index.diagnose(() => config, { readFile: () => undefined, exists: (p) => exists.has(p) });
    return (deltas.get('/w/Dockerfile')?.add ?? []).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule} ${d.message.split(';')[0]}`);
  }

  it('reports literal sources missing from the build context, with expanded variables', () => {
    assert.deepEqual(check(['/w', '/w/src']), [
      "4:6 copy-source-missing COPY source 'missing.txt' does not exist in the build context (/w)",
      "4:18 copy-source-missing COPY source 'conf/app.conf' does not exist in the build context (/w)",
    ]);
  });

  it('looks in the configured build context, and judges nothing when the context is not there', () => {
    assert.deepEqual(check(['/ctx', '/ctx/src', '/ctx/missing.txt', '/ctx/conf/app.conf'], '/ctx'), []);
    assert.deepEqual(check([]), []);
  });

  it('runs only where the host can tell what exists (not in the web build)', () => {
    const index = new WorkspaceIndex();
    index.update({ text: DOCKERFILE, fileName: '/w/Dockerfile' });
    assert.equal(index.diagnose(() => defaultConfig(), { readFile: () => undefined }).get('/w/Dockerfile'), undefined);
  });
});
