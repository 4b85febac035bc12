import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, hover } from '../../../src/core/engine';
import type { Position } from '../../../src/core/types';

const guestbook = readFileSync(join(__dirname, 'fixtures', 'guestbook-all-in-one.yaml'), 'utf8');

/** Position of the `nth` occurrence of `needle` (0-based), plus `shift` characters. */
function at(text: string, needle: string, shift = 0, nth = 0): Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not in text`);
  const before = text.slice(0, offset + shift);
  const line = before.split('\n').length - 1;
  return { line, character: offset + shift - before.lastIndexOf('\n') - 1 };
}

function hoverAt(text: string, needle: string, shift = 0, nth = 0) {
  return hover({ text, fileName: 'app.yaml' }, at(text, needle, shift, nth));
}

describe('kubernetes hovers', () => {
  it('explains a field: concept note first, then type, required, default and the official description', () => {
    const h = hoverAt(guestbook, 'replicas: 1', 2);
    assert.ok(h);
    const c = h.contents;
    assert.ok(c.indexOf('How many identical Pods') < c.indexOf('`spec.replicas` · integer · optional · default `1`'), c);
    assert.match(c, /Number of desired pods/);
    assert.match(c, /DeploymentSpec in Deployment apps\/v1, Kubernetes 1\.36 API/);
    assert.deepEqual(h.range, { start: at(guestbook, 'replicas: 1'), end: at(guestbook, 'replicas: 1', 8) });
  });

  it('lists enum values and marks required fields', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: b:1\n    imagePullPolicy: Always\n';
    const policy = hoverAt(text, 'imagePullPolicy', 1);
    assert.match(policy?.contents ?? '', /Allowed values: `Always`, `IfNotPresent`, `Never`/);
    const name = hoverAt(text, 'name: a', 1);
    assert.match(name?.contents ?? '', /`spec\.containers\[0\]\.name` · string · \*\*required\*\*/);
  });

  it('explains the kind and the apiVersion, with lifecycle warnings', () => {
    const kind = hoverAt(guestbook, 'kind: Deployment', 7);
    assert.match(kind?.contents ?? '', /^\*\*Deployment: keep N copies running/);
    assert.match(kind?.contents ?? '', /Deployment enables declarative updates for Pods and ReplicaSets/);
    const old = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n';
    const api = hoverAt(old, 'batch/v1beta1', 2);
    assert.match(api?.contents ?? '', /a beta version/);
    assert.match(api?.contents ?? '', /deprecated in Kubernetes 1\.21, removed in 1\.25\. Use `batch\/v1`/);
  });

  it('gives contextual notes: Service types, Ingress TLS', () => {
    const svc = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: LoadBalancer\n  ports: [{port: 80}]\n';
    assert.match(hoverAt(svc, 'type', 1)?.contents ?? '', /`ExternalName`: no proxying at all/);
    const ing = 'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  tls:\n  - hosts: [a.example.com]\n    secretName: a-tls\n';
    assert.match(hoverAt(ing, 'secretName', 1)?.contents ?? '', /terminates HTTPS there/);
  });

  it('on a Service selector, lists the objects of the file it matches', () => {
    const h = hoverAt(guestbook, 'selector:', 2, 0);
    const c = h?.contents ?? '';
    assert.match(c, /\*\*Selects\*\* `app=redis, tier=backend, role=master` — matches in this file:/);
    assert.match(c, /- Deployment `redis-master` \(Pod template\), line 17/);
    assert.doesNotMatch(c, /redis-replica/);
  });

  it('on a Deployment selector, matchLabels included, points at its own template', () => {
    const h = hoverAt(guestbook, 'matchLabels', 2, 0);
    assert.match(h?.contents ?? '', /Deployment `redis-master` \(its own Pod template\)/);
  });

  it('says when a selector matches nothing in the file', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: missing}\n  ports: [{port: 80}]\n';
    assert.match(hoverAt(text, 'selector', 1)?.contents ?? '', /no Pod or Pod template in this file matches/);
  });

  it('shows a label entry inside a map field', () => {
    const h = hoverAt(guestbook, 'tier: backend', 1);
    assert.match(h?.contents ?? '', /`metadata\.labels` · map of string to string/);
    assert.match(h?.contents ?? '', /Entry `tier` of this map/);
  });

  it('stays silent on custom resources, Helm templates and blank space', () => {
    assert.equal(hoverAt('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 3\n', 'size'), null);
    assert.equal(hoverAt('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n', 'name'), null);
  });
});

describe('kubernetes explain', () => {
  it('describes objects, workloads, exposure and connections', () => {
    const text = `${guestbook}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  tls:
  - hosts: [shop.example.com]
    secretName: shop-tls
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend: {service: {name: frontend, port: {number: 80}}}
`;
    const md = explain({ text, fileName: 'app.yaml' }) ?? '';
    assert.match(md, /^# Kubernetes manifest: 7 objects/);
    assert.match(md, /- Service `redis-master` \(v1, line 1\) — a stable address in front of changing Pods/);
    assert.match(md, /### Deployment `frontend`\n\n- Keeps 3 replicas running\.\n- Updates gradually \(RollingUpdate\): up to 25% extra Pods/);
    assert.match(md, /Container `php-redis` runs `gcr\.io\/google-samples\/gb-frontend:v5`, listens on 80; requests cpu 100m, memory 100Mi, limits none; no health probes\./);
    assert.match(md, /- Service `frontend` \(NodePort\) is reachable on every node's IP; ports 80→80\./);
    assert.match(md, /routes `https:\/\/shop\.example\.com\/` to Service `frontend` port 80/);
    assert.match(md, /- Service `redis-replica` selects `app=redis, tier=backend, role=replica`: Deployment `redis-replica`\./);
    assert.match(md, /## Findings/);
  });
});
