import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { budgets, coveredWorkloads } from './pdb';
import { REPLICATED_KINDS, replicasOf } from './podFields';
import { anchorAt, workloads } from './workloads';

export const missingPodDisruptionBudget = kubeRule(
  {
    id: 'missing-pod-disruption-budget',
    aliases: ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget', 'missingPodDisruptionBudget'],
    title: 'Replicated workload without a PodDisruptionBudget',
    severity: 'info',
    summary: 'Without a PodDisruptionBudget a node drain may evict every replica of a workload at the same time.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    const covered = new Set(budgets(model).flatMap((pdb) => coveredWorkloads(model, pdb)));
    for (const w of workloads(model)) {
      if (!REPLICATED_KINDS.has(w.kind) || covered.has(w) || replicasOf(w).count < 2) continue;
      ctx.report({ range: anchorAt(model, w.root, ['spec', 'replicas']), message: `${w.kind} "${w.name}" runs ${replicasOf(w).count} replicas and no PodDisruptionBudget selects its pods; add one (e.g. maxUnavailable: 1) so drains evict them one at a time.` });
    }
  },
);
