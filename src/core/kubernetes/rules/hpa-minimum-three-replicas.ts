import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { hpas } from './hpa';
import { anchorAt } from './workloads';
import { getIn, num } from './yamlNodes';

export const hpaMinimumThreeReplicas = kubeRule(
  {
    id: 'hpa-minimum-three-replicas',
    aliases: ['horizontalpodautoscaler-replicas', 'hpaMinAvailability'],
    title: 'Autoscaler may scale below three replicas',
    severity: 'info',
    summary: 'With fewer than three replicas one node drain or one crash removes a large share of capacity, and a rollout has little room.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const h of hpas(ctx.model)) {
      const min = num(getIn(h.root, ['spec', 'minReplicas'])) ?? 1;
      if (min >= 3) continue;
      ctx.report({ range: anchorAt(ctx.model, h.root, ['spec', 'minReplicas']), message: `HorizontalPodAutoscaler "${h.name}" may scale down to ${min} replica${min === 1 ? '' : 's'}; set spec.minReplicas to at least 3.` });
    }
  },
);
