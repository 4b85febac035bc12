// Breakdown of the Kubernetes budgets of `npm run bench`: bare YAML parse, our model, full lint, and the
// re-lint after a one-line edit in the 2 MB Argo CD manifest. Usage: npx tsx bench/kubernetes-parse.ts [DIR] [mine]
// (`mine` switches off the kube-linter checks to show what the parse and schema validation cost alone).
import { readFileSync, readdirSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { lint, clearCaches } from '../src/core/engine';
import { parseKubernetes } from '../src/core/kubernetes/parse';
import { defaultConfig } from '../src/core/config';
const dir = process.argv[2] ?? '/work/shared/corpus/kubernetes/';
const files = readdirSync(dir).map((f) => ({ name: f, text: readFileSync(dir + f, 'utf8') }));
const now = () => performance.now();
function med(fn: () => void, runs = 5, before?: () => void) { const s: number[] = []; for (let i = 0; i < runs + 1; i++) { before?.(); const t = now(); fn(); if (i > 0) s.push(now() - t); } s.sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
const only = process.argv[3];
const mineOnly = defaultConfig();
if (only === 'mine') {
  // turn off the checks helper's rules to see the share of parse + schema
  const { kubernetesSupport } = require('../src/core/kubernetes');
  for (const r of kubernetesSupport.rules) if (!/^(schema-|removed-|deprecated-)/.test(r.meta.id)) mineOnly.rules[r.meta.id] = 'off';
}
const floor = med(() => { for (const f of files) parseAllDocuments(f.text); });
const model = med(() => { for (const f of files) parseKubernetes(f.text, f.name); }, 5, clearCaches);
const full = med(() => { for (const f of files) lint({ text: f.text, fileName: f.name, language: 'kubernetes' }, { config: mineOnly }); }, 5, clearCaches);
console.log(`files ${files.length}: parseAllDocuments ${floor.toFixed(0)} ms; our parse ${model.toFixed(0)} ms (${(model / floor).toFixed(2)}x); full lint ${full.toFixed(0)} ms (${(full / floor).toFixed(2)}x)`);
const argo = files.find((f) => /argo-cd__manifests__install\.yaml$/.test(f.name)) ?? { name: 'x', text: readFileSync('/work/shared/corpus/kubernetes/argoproj__argo-cd__manifests__install.yaml', 'utf8') };
clearCaches();
lint({ text: argo.text, fileName: 'argo.yaml' }, { config: mineOnly });
let lines = argo.text.split('\n');
const targets = lines.map((l, i) => (/^\s+name: \S+$/.test(l) ? i : -1)).filter((i) => i >= 0);
const samples: number[] = [];
for (let k = 0; k < 15; k++) {
  const line = targets[Math.floor(((k + 0.5) * targets.length) / 15)];
  lines = [...lines]; lines[line] += 'x';
  const text = lines.join('\n');
  const t = now();
  lint({ text, fileName: 'argo.yaml' }, { config: mineOnly });
  if (k >= 2) samples.push(now() - t);
}
samples.sort((a, b) => a - b);
console.log(`argo edit re-lint: median ${samples[Math.floor(samples.length / 2)].toFixed(1)} ms, worst ${samples[samples.length - 1].toFixed(1)} ms`);
