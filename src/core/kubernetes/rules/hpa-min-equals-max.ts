import { kubeRule } from './kubeRule';
import { hpas } from './hpa';
import { anchorAt } from './workloads';
import { getIn, num } from './yamlNodes';

export const hpaMinEqualsMax = kubeRule(
  {
    id: 'hpa-min-equals-max',
    aliases: ['hpaMaxAvailability'],
    title: 'Autoscaler cannot scale',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'An HPA whose maxReplicas is not above minReplicas can never add pods under load: it is a fixed replica count in disguise.',
  },
  (ctx) => {
    for (const h of hpas(ctx.model)) {
      const min = num(getIn(h.root, ['spec', 'minReplicas'])) ?? 1;
      const max = num(getIn(h.root, ['spec', 'maxReplicas']));
      if (max === undefined || max > min) continue;
      ctx.report({ range: anchorAt(ctx.model, h.root, ['spec', 'maxReplicas']), message: `HorizontalPodAutoscaler "${h.name}" has maxReplicas ${max} and minReplicas ${min}, so it never scales up; raise maxReplicas.` });
    }
  },
);
