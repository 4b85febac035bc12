import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, pairOf, pairRange, str } from './yamlNodes';

export const unsafeProcMount = kubeRule(
  {
    id: 'unsafe-proc-mount',
    aliases: ['procMount'],
    title: 'Container unmasks /proc',
    severity: 'warning',
    summary: 'procMount: Unmasked removes the masks over sensitive /proc paths, exposing kernel information and controls to the container.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      const pair = pairOf(get(c.node, 'securityContext'), 'procMount');
      if (!pair || str(pair.value)?.toLowerCase() !== 'unmasked') continue;
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: `Container "${c.name}" sets procMount: Unmasked; remove it (or use Default) so /proc stays masked.` });
    }
  },
);
