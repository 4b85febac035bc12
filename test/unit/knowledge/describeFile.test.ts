/** "You are here" for each kind of file: the level, and what the file holds. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeFile } from '../../../src/core/knowledge/describeFile';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

describe('knowledge: describeFile', () => {
  it('places a Dockerfile on the containers level with its stages', () => {
    const text = 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n';
    const d = describeFile(text, '/repo/Dockerfile');
    assert.ok(d);
    assert.equal(d.kind, 'dockerfile');
    assert.equal(d.level, 'containers');
    assert.equal(d.fileName, 'Dockerfile');
    assert.match(d.place, /image/);
    assert.deepEqual(d.parts, ['build (from golang:1.23)', 'stage 2 (from scratch)']);
  });

  it('places a Compose file on the containers level as several containers on one host', () => {
    const d = describeFile(readFileSync(path.join(EXAMPLES, 'compose.yaml'), 'utf8'), path.join(EXAMPLES, 'compose.yaml'));
    assert.ok(d);
    assert.equal(d.kind, 'compose');
    assert.equal(d.level, 'containers');
    assert.match(d.place, /several containers on one host/);
    assert.deepEqual(d.parts, ['web', 'db']);
  });

  it('places a manifest on the Kubernetes level and lists its kinds with counts', () => {
    const d = describeFile(readFileSync(path.join(EXAMPLES, 'deployment.yml'), 'utf8'), path.join(EXAMPLES, 'deployment.yml'));
    assert.ok(d);
    assert.equal(d.level, 'kubernetes');
    assert.deepEqual(d.kinds, ['Deployment', 'Service']);
    const three = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: c}\n';
    assert.deepEqual(describeFile(three, 'k8s.yaml')?.kinds, ['ConfigMap \u00d72', 'Deployment']);
  });

  it('keeps user text as written (escaping is the renderer\u2019s job) and bounds the lists', () => {
    const hostile = 'services:\n' + Array.from({ length: 80 }, (_, i) => `  "s<img src=x onerror=alert(${i})>":\n    image: nginx:1\n`).join('');
    const d = describeFile(hostile, 'compose.yaml');
    assert.ok(d);
    assert.equal(d.parts.length, 50);
    assert.ok(d.parts[0].includes('<img'));
  });

  it('returns undefined for files Infra Coach does not read, and survives broken ones', () => {
    assert.equal(describeFile('just: yaml\n', 'values.yaml'), undefined);
    assert.equal(describeFile('# notes', 'README.md'), undefined);
    assert.equal(describeFile('apiVersion: v1\nkind: [unclosed\n', 'broken.yaml')?.level, 'kubernetes');
    assert.equal(describeFile('FROM\n\u0000\u0001', 'Dockerfile')?.kind, 'dockerfile');
  });
});
