import { readFileSync } from 'node:fs';
import { defaultConfig } from '../src/core/config';
import { clearCaches, lint } from '../src/core/engine';
import { kubernetesSupport } from '../src/core/kubernetes';
import { parseKubernetes } from '../src/core/kubernetes/parse';
import { kubernetesSuppressions } from '../src/core/kubernetes/suppressions';
const config = defaultConfig();
let lines = readFileSync('/work/shared/corpus/kubernetes/argoproj__argo-cd__manifests__install.yaml', 'utf8').split('\n');
lint({ text: lines.join('\n'), fileName: 'argo.yaml' }, { config });
const targets = lines.map((l, i) => (/^\s+name: \S+$/.test(l) ? i : -1)).filter((i) => i >= 0);
const per = new Map<string, number>();
let parseT = 0, supT = 0, total = 0;
for (let k = 0; k < 12; k++) {
  const line = targets[Math.floor(((k + 0.5) * targets.length) / 12)];
  lines = [...lines]; lines[line] += 'x';
  const text = lines.join('\n');
  let t = performance.now();
  const model = parseKubernetes(text, 'prof.yaml');
  parseT += performance.now() - t;
  t = performance.now(); kubernetesSuppressions(model); supT += performance.now() - t;
  for (const r of kubernetesSupport.rules) {
    const t0 = performance.now();
    r.check({ model, fileName: 'prof.yaml', config, report: () => {} });
    per.set(r.meta.id, (per.get(r.meta.id) ?? 0) + performance.now() - t0);
  }
  t = performance.now(); lint({ text, fileName: 'argo.yaml' }, { config }); total += performance.now() - t;
}
console.log('parse', (parseT/12).toFixed(1), 'supp', (supT/12).toFixed(1), 'lint total', (total/12).toFixed(1));
console.log([...per].sort((a,b)=>b[1]-a[1]).slice(0,15).map(([k,v])=>`${k} ${(v/12).toFixed(2)}`).join('\n'));
console.log('all rules', ([...per.values()].reduce((a,b)=>a+b,0)/12).toFixed(1));
