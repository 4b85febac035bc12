import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { budgets } from './pdb';
import { anchorAt } from './workloads';
import { get } from './yamlNodes';

export const pdbHasPolicy = kubeRule(
  {
    id: 'pdb-has-policy',
    aliases: ['poddisruptionbudget-has-policy'],
    title: 'PodDisruptionBudget sets no budget',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A PodDisruptionBudget without minAvailable or maxUnavailable protects nothing; it only looks as if it does.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const pdb of budgets(ctx.model)) {
      const spec = get(pdb.root, 'spec');
      if (get(spec, 'minAvailable') || get(spec, 'maxUnavailable')) continue;
      ctx.report({ range: anchorAt(ctx.model, pdb.root, ['spec']), message: `PodDisruptionBudget "${pdb.name}" sets neither minAvailable nor maxUnavailable; set one (e.g. maxUnavailable: 1).` });
    }
  },
);
