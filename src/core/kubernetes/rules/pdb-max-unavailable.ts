import { kubeRule } from './kubeRule';
import { budgets, intOrPercent } from './pdb';
import { get, pairOf, pairRange } from './yamlNodes';

export const pdbMaxUnavailable = kubeRule(
  {
    id: 'pdb-max-unavailable',
    aliases: ['pdbDisruptionsIsZero'],
    title: 'PodDisruptionBudget allows no disruption',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'maxUnavailable: 0 forbids every voluntary eviction, so node drains and cluster upgrades hang until someone deletes the budget.',
  },
  (ctx) => {
    for (const pdb of budgets(ctx.model)) {
      const pair = pairOf(get(pdb.root, 'spec'), 'maxUnavailable');
      const value = intOrPercent(pair?.value ?? undefined);
      const range = pair && pairRange(ctx.model, pair);
      if (!value || !range) continue;
      if (value.kind === 'invalid') ctx.report({ range, message: `maxUnavailable "${value.text}" of PodDisruptionBudget "${pdb.name}" is neither a number nor a percentage; use e.g. 1 or 25%.` });
      else if (value.value === 0) ctx.report({ range, message: `PodDisruptionBudget "${pdb.name}" sets maxUnavailable to 0, which blocks node drains; allow at least 1.` });
    }
  },
);
