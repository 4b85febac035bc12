import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { splitDocuments } from '../../../src/core/kubernetes/documents';
import type { KubernetesModel } from '../../../src/core/kubernetes/model';
import { clearKubernetesParseCache, parseKubernetes } from '../../../src/core/kubernetes/parse';

const guestbook = readFileSync(join(__dirname, 'fixtures', 'guestbook-all-in-one.yaml'), 'utf8');

/** Everything a rule can observe of a model, as one string, to compare an incremental parse with a fresh one. */
function snapshot(m: KubernetesModel): string {
  return JSON.stringify({
    docs: m.documents.map((d) => {
      const ranges: number[] = [];
      const stack: unknown[] = [d.yaml.contents];
      while (stack.length > 0) {
        const n = stack.pop();
        if (!n || typeof n !== 'object') continue;
        if (isPair(n)) {
          stack.push(n.value, n.key);
          continue;
        }
        const node = n as { range?: number[] };
        if (node.range) ranges.push(...node.range);
        if (isMap(n) || isSeq(n)) for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
      }
      return [d.index, d.start, d.end, d.range, d.apiVersion, d.kind, d.name, d.namespace, d.skipped, d.isKubernetesObject, d.yaml.toJS(), ranges];
    }),
    errors: m.syntaxErrors.map((e) => [e.rule, e.range, e.message]),
  });
}

describe('kubernetes model', () => {
  beforeEach(() => clearKubernetesParseCache());

  it('reads every document with apiVersion, kind, name and namespace', () => {
    const m = parseKubernetes(guestbook, 'guestbook.yaml');
    assert.deepEqual(
      m.documents.map((d) => `${d.apiVersion} ${d.kind} ${d.name}`),
      ['v1 Service redis-master', 'apps/v1 Deployment redis-master', 'v1 Service redis-replica', 'apps/v1 Deployment redis-replica', 'v1 Service frontend', 'apps/v1 Deployment frontend'],
    );
    assert.deepEqual(m.syntaxErrors, []);
    const second = m.documents[1];
    assert.equal(second.index, 1);
    assert.equal(second.range.start.line, 16, 'a document starts at its --- line');
    assert.equal(guestbook.slice(second.start, second.start + 3), '---');
    const ns = parseKubernetes('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: prod\n', 'c.yaml');
    assert.equal(ns.documents[0].namespace, 'prod');
  });

  it('gives node ranges in whole-file offsets and finds nodes by path', () => {
    const m = parseKubernetes(guestbook, 'guestbook.yaml');
    const deployment = m.documents[1];
    const image = m.nodeAt(deployment, ['spec', 'template', 'spec', 'containers', 0, 'image']);
    assert.ok(isScalar(image));
    assert.equal(image.value, 'registry.k8s.io/redis:e2e');
    const range = m.rangeOf(image);
    assert.deepEqual(range, { start: { line: 37, character: 15 }, end: { line: 37, character: 40 } });
    const pair = m.pairAt(deployment, ['spec', 'replicas']);
    assert.deepEqual(m.rangeOf(pair, 'key'), { start: { line: 27, character: 2 }, end: { line: 27, character: 10 } });
    assert.deepEqual(m.rangeOf(pair, 'value'), { start: { line: 27, character: 12 }, end: { line: 27, character: 13 } });
    assert.equal(m.nodeAt(deployment, ['spec', 'nope']), undefined);
    assert.equal(m.pairAt(deployment, ['spec', 'template', 'spec', 'containers', 0]), undefined, 'a path ending in an index names no pair');
  });

  it('maps a position back to the document and path under it', () => {
    const m = parseKubernetes(guestbook, 'guestbook.yaml');
    const offset = guestbook.indexOf('containerPort: 6379') + 3;
    const at = m.pathAt(offset);
    assert.ok(at);
    assert.equal(at.doc.index, 1);
    assert.deepEqual(at.path, ['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'containerPort']);
    assert.equal(at.onKey, true);
    const onValue = m.pathAt(guestbook.indexOf('6379', offset));
    assert.equal(onValue?.onKey, false);
  });

  it('converts a document to plain values once', () => {
    const m = parseKubernetes(guestbook, 'guestbook.yaml');
    const v = m.valueOf(m.documents[0]) as { spec: { ports: { port: number }[] } };
    assert.equal(v.spec.ports[0].port, 6379);
    assert.equal(m.valueOf(m.documents[0]), v, 'cached');
  });

  it('skips Helm templates, empty documents and non-objects without noise', () => {
    const m = parseKubernetes(
      '# header comment\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels:\n{{ toYaml .Values.labels | indent 4 }}\n---\n---\njust: values\n',
      'chart.yaml',
    );
    assert.deepEqual(
      m.documents.map((d) => [d.skipped ?? 'object', d.isKubernetesObject]),
      [
        ['helm', false],
        ['empty', false],
        ['not-an-object', false],
      ],
    );
    assert.deepEqual(m.syntaxErrors, [], 'a Helm template is not reported as broken YAML');
  });

  it('does not treat kustomization or other tool configuration as cluster objects', () => {
    const k = parseKubernetes('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n', 'base/kustomization.yaml');
    assert.equal(k.documents[0].isKubernetesObject, false);
    const named = parseKubernetes('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'kustomization.yml');
    assert.equal(named.documents[0].isKubernetesObject, false);
  });

  it('splits documents only at --- lines, which no scalar can contain', () => {
    const text = 'a: |\n  ---\n  text\n---\nb: "x\n  --- y"\n--- # c\nc: 1\n';
    assert.deepEqual(
      splitDocuments(text).map((c) => c.text),
      ['a: |\n  ---\n  text\n', '---\nb: "x\n  --- y"\n', '--- # c\nc: 1\n'],
    );
    assert.deepEqual(splitDocuments('%YAML 1.2\n---\na: 1\n...\n%YAML 1.2\n---\nb: 2\n').map((c) => c.text), ['%YAML 1.2\n---\na: 1\n...\n', '%YAML 1.2\n---\nb: 2\n']);
  });

  it('re-parses only the edited document and keeps the others (moved to their new offsets)', () => {
    const before = parseKubernetes(guestbook, 'g.yaml');
    const kept = before.documents[5].yaml;
    const edited = guestbook.replace('replicas: 1', 'replicas: 12');
    const after = parseKubernetes(edited, 'g.yaml');
    assert.equal(after.documents[5].yaml, kept, 'an unchanged document is reused');
    assert.notEqual(after.documents[1].yaml, before.documents[1].yaml, 'the edited one is a new document for caches');
    const beforeRoot = before.documents[1].root;
    assert.equal(after.documents[1].root, beforeRoot, 'only the edited entry was parsed again, inside the kept tree');
    clearKubernetesParseCache();
    assert.equal(snapshot(after), snapshot(parseKubernetes(edited, 'fresh.yaml')));
  });

  it('gives the same model incrementally as from scratch, over a series of random edits', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let text = guestbook;
    parseKubernetes(text, 'inc.yaml');
    for (let k = 0; k < 150; k++) {
      const lines = text.split('\n');
      const i = rand(lines.length);
      switch (rand(7)) {
        case 0:
          lines[i] += 'x';
          break;
        case 1:
          lines.splice(i, 1);
          break;
        case 2:
          lines.splice(i, 0, lines[rand(lines.length)]);
          break;
        case 3:
          lines[i] = ' ' + lines[i];
          break;
        case 4:
          lines[i] = lines[i].replace(/: .*/, ': 42');
          break;
        case 5:
          lines[i] = lines[i].slice(0, rand(lines[i].length + 1));
          break;
        default:
          lines[i] = lines[i].replace(/^(\s*)- /, '$1-- ');
      }
      text = lines.join('\n');
      const incremental = snapshot(parseKubernetes(text, 'inc.yaml'));
      const fresh = snapshot(parseKubernetes(text, `fresh-${k}.yaml`));
      assert.equal(incremental, fresh, `edit #${k} diverged:\n${text}`);
    }
  });

  it('does not take a key pushed to column 0 of a later line for the entry it replaced (found by fuzzing)', () => {
    const before = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: b\n      securityContext:\n        privileged: false\n      ports: []\n';
    // The entry's indentation moved onto a blank line above it (an editor turned a space into a line break).
    const after = before.replace('      securityContext:', '     \nsecurityContext:');
    parseKubernetes(before, 'edit.yaml');
    const incremental = snapshot(parseKubernetes(after, 'edit.yaml'));
    const fresh = snapshot(parseKubernetes(after, 'fresh.yaml'));
    assert.equal(incremental, fresh);
    assert.match(fresh, /yaml-syntax/, 'the moved key breaks the document');
  });
});
