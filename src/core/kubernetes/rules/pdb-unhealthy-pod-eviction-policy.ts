import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { budgets } from './pdb';
import { appendToMap } from './yamlEdits';
import { asMap, get, keyRange, pairOf } from './yamlNodes';

export const pdbUnhealthyPodEvictionPolicy = kubeRule(
  {
    id: 'pdb-unhealthy-pod-eviction-policy',
    title: 'PodDisruptionBudget without unhealthyPodEvictionPolicy',
    severity: 'info',
    enabledByDefault: true,
    fixable: true,
    summary: 'By default pods that are running but not ready still count against the budget, so a broken rollout can block node drains; AlwaysAllow lets them be evicted.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    for (const pdb of budgets(model)) {
      const specPair = pairOf(pdb.root, 'spec');
      const spec = asMap(specPair?.value);
      if (!specPair || !spec || get(spec, 'unhealthyPodEvictionPolicy')) continue;
      const range = keyRange(model, specPair);
      if (!range) continue;
      const edit = appendToMap(model, spec, ['unhealthyPodEvictionPolicy: AlwaysAllow']);
      ctx.report({
        range,
        message: `PodDisruptionBudget "${pdb.name}" does not set spec.unhealthyPodEvictionPolicy; set AlwaysAllow so unready pods do not block drains.`,
        fixes: edit ? [{ title: 'Set unhealthyPodEvictionPolicy: AlwaysAllow', edits: [edit], safe: true }] : [],
      });
    }
  },
);
