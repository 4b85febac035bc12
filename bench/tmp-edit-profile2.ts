import { readFileSync } from 'node:fs';
import { parseKubernetes } from '../src/core/kubernetes/parse';
import { schemaFindings } from '../src/core/kubernetes/validate';
const text = readFileSync('/work/shared/corpus/kubernetes/argoproj__argo-cd__manifests__install.yaml', 'utf8');
const now = () => performance.now();
const m = parseKubernetes(text, 'a.yaml');
const sizes = m.documents.map(d => d.end - d.start).sort((a,b)=>b-a); console.log(sizes.slice(0,8));
let t = now(); for (const d of m.documents) schemaFindings(d, false); console.log('schema all docs', (now()-t).toFixed(1));
t = now(); for (const d of m.documents) m.valueOf(d); console.log('valueOf all docs', (now()-t).toFixed(1));
