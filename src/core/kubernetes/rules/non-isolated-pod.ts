import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { policies, policySelects } from './networkPolicies';
import { anchorAt, workloads } from './workloads';

export const nonIsolatedPod = kubeRule(
  {
    id: 'non-isolated-pod',
    aliases: ['pod-networkpolicy', 'missingNetworkPolicy'],
    title: 'Pod not covered by a NetworkPolicy',
    severity: 'info',
    summary: 'Pods no NetworkPolicy selects accept traffic from every pod in the cluster; a policy makes who may talk to them explicit.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const all = policies(ctx.model);
    for (const w of workloads(ctx.model)) {
      if (all.some((p) => policySelects(p, w))) continue;
      ctx.report({ range: anchorAt(ctx.model, w.template ? w.template : w.root, ['metadata', 'labels']), message: `${w.kind} "${w.name}" is selected by no NetworkPolicy, so any pod may connect to it; add a policy that selects its labels.` });
    }
  },
);
