import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { podFieldAnchor, workloads } from './workloads';
import { getIn } from './yamlNodes';

export const noNodeAffinity = kubeRule(
  {
    id: 'no-node-affinity',
    title: 'Pod without node affinity',
    severity: 'info',
    summary: 'Node affinity keeps pods on the nodes meant for them (zone, hardware, pool); without it they can land on any node.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const w of workloads(ctx.model)) {
      if (getIn(w.podSpec, ['affinity', 'nodeAffinity'])) continue;
      ctx.report({ range: podFieldAnchor(ctx.model, w, 'affinity'), message: `${w.kind} "${w.name}" has no affinity.nodeAffinity; add one if its pods must run on particular nodes.` });
    }
  },
);
