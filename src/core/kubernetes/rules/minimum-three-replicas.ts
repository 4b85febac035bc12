import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { hpaFor } from './hpa';
import { REPLICATED_KINDS, replicasOf } from './podFields';
import { anchorAt, workloads } from './workloads';

export const minimumThreeReplicas = kubeRule(
  {
    id: 'minimum-three-replicas',
    aliases: ['deployment-replicas', 'deploymentMissingReplicas'],
    title: 'Fewer than three replicas',
    severity: 'info',
    summary: 'With fewer than three replicas a single node failure or drain takes out much or all of the service.',
  },
  (ctx) => {
    for (const w of workloads(ctx.model)) {
      if (!REPLICATED_KINDS.has(w.kind) || hpaFor(ctx.model, w)) continue;
      const { count, node } = replicasOf(w);
      if (!node && isPatch(ctx)) continue;
      if (count >= 3) continue;
      ctx.report({ range: anchorAt(ctx.model, w.root, ['spec', 'replicas']), message: `${w.kind} "${w.name}" runs ${count} replica${count === 1 ? '' : 's'}; run at least 3 so losing one pod or node keeps the service up.` });
    }
  },
);
