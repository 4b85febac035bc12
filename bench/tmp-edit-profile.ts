import { readFileSync } from 'node:fs';
import { splitDocuments } from '../src/core/kubernetes/documents';
import { parseKubernetes } from '../src/core/kubernetes/parse';
import { LineIndex } from '../src/core/text';
const text = readFileSync('/work/shared/corpus/kubernetes/argoproj__argo-cd__manifests__install.yaml', 'utf8');
const now = () => performance.now();
let t = now(); for (let i = 0; i < 10; i++) splitDocuments(text); console.log('split', ((now() - t) / 10).toFixed(2));
t = now(); for (let i = 0; i < 10; i++) new LineIndex(text); console.log('lineindex', ((now() - t) / 10).toFixed(2));
parseKubernetes(text, 'a.yaml');
let lines = text.split('\n');
const targets = lines.map((l, i) => (/^\s+name: \S+$/.test(l) ? i : -1)).filter((i) => i >= 0);
for (let k = 0; k < 8; k++) {
  const line = targets[Math.floor(((k + 0.5) * targets.length) / 8)];
  lines = [...lines]; lines[line] += 'x';
  const next = lines.join('\n');
  t = now();
  const m = parseKubernetes(next, 'a.yaml');
  console.log('reparse', (now() - t).toFixed(1), m.documents.length);
}
