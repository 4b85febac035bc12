import { readFileSync, readdirSync } from 'node:fs';
import { parseKubernetes } from '../src/core/kubernetes/parse';
import { kindInfo } from '../src/core/kubernetes/schema';
import { lint } from '../src/core/engine';
const dir = '/work/shared/corpus/kubernetes/';
const stat = new Map<string, number>();
const inc = (k: string) => stat.set(k, (stat.get(k) ?? 0) + 1);
let mutated = 0, caught = 0; const missed: string[] = [];
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, 'utf8');
  const m = parseKubernetes(text, f);
  for (const d of m.documents) {
    if (d.skipped) inc('skipped:' + d.skipped);
    else if (!d.isKubernetesObject) inc('config');
    else if (kindInfo(d.apiVersion, d.kind)?.t) inc('schema');
    else inc('no-schema');
  }
  // mutation: misspell the first "image:" / "containerPort:" / "name:" under spec
  const target = /^(\s+)(containerPort|imagePullPolicy|mountPath|image):/m.exec(text);
  if (target && !/kind: (?!Deployment|Pod|StatefulSet|DaemonSet|Job|CronJob|ReplicaSet|ReplicationController)/.test('')) {
    const bad = text.slice(0, target.index) + target[1] + target[2] + 'x:' + text.slice(target.index + target[0].length);
    const r = lint({ text: bad, fileName: 'm-' + f });
    mutated++;
    if (r.diagnostics.some((d) => d.rule === 'schema-unknown-field' && d.message.includes(target[2] + 'x'))) caught++; else missed.push(f);
  }
}
console.log([...stat]);
console.log('mutations', mutated, 'caught', caught, missed.slice(0, 10));
