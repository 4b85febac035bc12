import { kubeRule } from './kubeRule';
import { hpas, scaleTarget, targets } from './hpa';
import { anchorAt, fileIndex } from './workloads';

export const danglingHorizontalPodAutoscaler = kubeRule(
  {
    id: 'dangling-horizontalpodautoscaler',
    aliases: ['horizontalpodautoscaler-has-target'],
    title: 'Autoscaler targets a missing workload',
    severity: 'warning',
    summary: 'An HPA whose scaleTargetRef names no existing workload scales nothing, and the workload it was meant for runs at a fixed size.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    // Workloads defined in other files cannot be checked yet: judge only when this file defines some.
    if (index.workloads.length === 0) return;
    for (const h of hpas(model)) {
      const target = scaleTarget(h);
      if (!target || index.workloads.some((w) => targets(h, target, w))) continue;
      ctx.report({
        range: anchorAt(model, h.root, ['spec', 'scaleTargetRef', 'name']),
        message: `HorizontalPodAutoscaler "${h.name}" targets ${target.kind} "${target.name}", which is not defined in this file; fix scaleTargetRef (kind, name and apiVersion).`,
      });
    }
  },
);
