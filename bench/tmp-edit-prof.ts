import { readFileSync } from 'node:fs';
import { clearCaches, lint } from '../src/core/engine';
let lines = readFileSync('/work/shared/corpus/kubernetes/argoproj__argo-cd__manifests__install.yaml', 'utf8').split('\n');
clearCaches();
lint({ text: lines.join('\n'), fileName: 'argo.yaml' });
const targets = lines.map((l, i) => (/^\s+name: \S+$/.test(l) ? i : -1)).filter((i) => i >= 0);
const { Session } = require('node:inspector');
const fs = require('node:fs');
const session = new Session(); session.connect();
session.post('Profiler.enable', () => session.post('Profiler.start', () => {
  for (let k = 0; k < 60; k++) {
    const line = targets[Math.floor(((k + 0.5) * targets.length) / 60)];
    lines = [...lines]; lines[line] += 'x';
    lint({ text: lines.join('\n'), fileName: 'argo.yaml' });
  }
  session.post('Profiler.stop', (_e: unknown, { profile }: { profile: unknown }) => { fs.mkdirSync('/tmp/kbench/prof2', { recursive: true }); fs.writeFileSync('/tmp/kbench/prof2/p.cpuprofile', JSON.stringify(profile)); });
}));
