import { readFileSync, readdirSync } from 'node:fs';
import { lint } from '../src/core/engine';
const dir = '/work/shared/corpus/kubernetes/';
const counts = new Map<string, number>();
const samples: string[] = [];
let failures = 0;
for (const f of readdirSync(dir)) {
  const text = readFileSync(dir + f, 'utf8');
  let r;
  try { r = lint({ text, fileName: f }); } catch (e) { console.log('THROW', f, e); continue; }
  if (r.kind !== 'kubernetes') { console.log('not k8s:', f, r.kind); continue; }
  for (const fl of r.failures) { failures++; if (failures < 5) console.log('FAIL', f, fl.rule, fl.error.split('\n').slice(0,3).join(' ')); }
  for (const d of r.diagnostics) {
    if (!/^(schema-|removed-api|deprecated-api|yaml-syntax|duplicate-key)/.test(d.rule)) continue;
    counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    samples.push(`${d.rule} ${f}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
  }
}
console.log([...counts]);
console.log('failures', failures);
console.log(samples.join('\n'));
