import type { RelatedLocation } from '../../types';
import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { hpaFor } from './hpa';
import { budgets, coveredWorkloads, intOrPercent } from './pdb';
import { replicasOf } from './podFields';
import { anchorAt } from './workloads';
import { get, getIn, num, pairOf, pairRange } from './yamlNodes';

export const pdbMinAvailable = kubeRule(
  {
    id: 'pdb-min-available',
    aliases: ['pdbMinAvailableGreaterThanHPAMinReplicas'],
    title: 'PodDisruptionBudget minAvailable leaves no room for eviction',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'If minAvailable is 100% or at least the replica count, no pod may ever be evicted, so node drains and upgrades block.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const pdb of budgets(model)) {
      const spec = get(pdb.root, 'spec');
      const pair = pairOf(spec, 'minAvailable');
      const value = intOrPercent(pair?.value ?? undefined);
      const range = pair && pairRange(model, pair);
      if (!value || !range || value.kind === 'invalid') continue;
      if (value.kind === 'percent' && value.value >= 100) {
        ctx.report({ range, message: `PodDisruptionBudget "${pdb.name}" requires 100% of its pods to stay available, which blocks every eviction; lower minAvailable.` });
        continue;
      }
      if (!get(spec, 'selector')) {
        if (isPatch(ctx)) continue;
        ctx.report({ range: anchorAt(model, pdb.root, ['spec', 'selector']), message: `PodDisruptionBudget "${pdb.name}" sets minAvailable but has no selector, so it covers no pods; add spec.selector.` });
        continue;
      }
      for (const w of coveredWorkloads(model, pdb)) {
        let replicas = replicasOf(w).count;
        const hpa = replicas <= 1 ? hpaFor(model, w) : undefined;
        if (hpa) replicas = num(getIn(hpa.root, ['spec', 'minReplicas'])) ?? 1;
        const needed = value.kind === 'int' ? value.value : Math.ceil((replicas * value.value) / 100);
        if (needed < replicas) continue;
        const related: RelatedLocation[] = [{ message: `${w.kind} "${w.name}" runs ${replicas} replica${replicas === 1 ? '' : 's'}${hpa ? ' at its HPA minimum' : ''}`, range: anchorAt(model, w.root, ['spec', 'replicas']) }];
        ctx.report({ range, message: `PodDisruptionBudget "${pdb.name}" keeps ${needed} of ${replicas} pods of ${w.kind} "${w.name}" available, so none can be evicted; lower minAvailable below the replica count or add replicas.`, related });
      }
    }
  },
);
