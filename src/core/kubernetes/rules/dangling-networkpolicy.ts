import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { policies, policySelects } from './networkPolicies';
import { anchorAt, fileIndex } from './workloads';

export const danglingNetworkPolicy = kubeRule(
  {
    id: 'dangling-networkpolicy',
    aliases: ['networkpolicy-targets-pod'],
    title: 'NetworkPolicy selects no pods',
    severity: 'warning',
    summary: 'A NetworkPolicy protects only the pods its podSelector matches; one that matches nothing protects nothing, usually because of a label typo.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    const index = fileIndex(model);
    if (index.workloads.length === 0) return;
    for (const p of policies(model)) {
      if (index.workloads.some((w) => policySelects(p, w))) continue;
      ctx.report({ range: anchorAt(model, p.root, ['spec', 'podSelector']), message: `NetworkPolicy "${p.name}" selects no pod template in this file; fix spec.podSelector to match the pods it should protect.` });
    }
  },
);
