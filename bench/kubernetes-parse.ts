// Breakdown of the Kubernetes budgets of `npm run bench` (issue 9): bare `yaml.parseAllDocuments`, our model,
// the full lint, and the re-lint after a one-line edit in the 2 MB Argo CD manifest. CPU time of this process
// is shown beside wall time, since a shared machine makes wall time noisy.
// Usage: npx tsx bench/kubernetes-parse.ts [DIR] [--mine]   (--mine: kube-linter checks off, parse + schema only)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../src/core/config';
import { clearCaches, lint } from '../src/core/engine';
import { kubernetesSupport } from '../src/core/kubernetes';
import { parseKubernetes } from '../src/core/kubernetes/parse';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(__dirname, '..', '..', 'shared', 'corpus', 'kubernetes');
const files = readdirSync(dir).map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const config = defaultConfig();
if (args.includes('--mine')) {
  for (const r of kubernetesSupport.rules) if (!/^(schema-|removed-|deprecated-)/.test(r.meta.id)) config.rules[r.meta.id] = 'off';
}

interface Sample {
  wall: number;
  cpu: number;
}
function measure(fn: () => void): Sample {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  return { wall, cpu: (used.user + used.system) / 1000 };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (s: Sample[]): string => `${median(s.map((x) => x.wall)).toFixed(0)} ms wall, ${median(s.map((x) => x.cpu)).toFixed(0)} ms CPU`;

// Interleaved rounds, so load from other processes hits all three alike.
const floor: Sample[] = [];
const model: Sample[] = [];
const full: Sample[] = [];
lint({ text: files[0].text, fileName: files[0].name, language: 'kubernetes' }, { config }); // load the schema once
for (let round = 0; round < 5; round++) {
  floor.push(measure(() => files.forEach((f) => parseAllDocuments(f.text))));
  clearCaches();
  model.push(measure(() => files.forEach((f) => parseKubernetes(f.text, f.name))));
  clearCaches();
  full.push(measure(() => files.forEach((f) => lint({ text: f.text, fileName: f.name, language: 'kubernetes' }, { config }))));
}
const ratio = (a: Sample[], b: Sample[]): string => `${(median(a.map((x) => x.cpu)) / median(b.map((x) => x.cpu))).toFixed(2)}x CPU`;
console.log(`${files.length} files, ${(files.reduce((n, f) => n + f.text.length, 0) / 1048576).toFixed(1)} MB`);
console.log(`  yaml.parseAllDocuments: ${show(floor)}`);
console.log(`  our model:              ${show(model)} (${ratio(model, floor)})`);
console.log(`  first full lint:        ${show(full)} (${ratio(full, floor)})`);

const argoPath = join(__dirname, '..', '..', 'shared', 'corpus', 'kubernetes', 'argoproj__argo-cd__manifests__install.yaml');
let lines = readFileSync(argoPath, 'utf8').split('\n');
clearCaches();
lint({ text: lines.join('\n'), fileName: 'argo.yaml' }, { config });
const targets = lines.map((l, i) => (/^\s+name: \S+$/.test(l) ? i : -1)).filter((i) => i >= 0);
const edits: Sample[] = [];
for (let k = 0; k < 20; k++) {
  const line = targets[Math.floor(((k + 0.5) * targets.length) / 20)];
  lines = [...lines];
  lines[line] += 'x';
  const text = lines.join('\n');
  const s = measure(() => lint({ text, fileName: 'argo.yaml' }, { config }));
  if (k >= 2) edits.push(s);
  if (process.env.VERBOSE) console.log(`    edit line ${line}: ${s.wall.toFixed(1)} ms wall, ${s.cpu.toFixed(1)} ms CPU`);
}
const worst = edits.reduce((a, b) => (b.cpu > a.cpu ? b : a));
console.log(`  argo edit re-lint:      ${show(edits)}; worst ${worst.wall.toFixed(0)} ms wall, ${worst.cpu.toFixed(0)} ms CPU`);
