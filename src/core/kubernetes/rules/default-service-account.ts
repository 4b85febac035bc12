import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { serviceAccountOf } from './podFields';
import { podFieldAnchor, workloads } from './workloads';
import { bool, get, rangeOf } from './yamlNodes';

export const defaultServiceAccount = kubeRule(
  {
    id: 'default-service-account',
    aliases: ['automountServiceAccountToken'],
    title: 'Pod uses the default service account',
    severity: 'info',
    summary: 'Every pod of a namespace shares the default service account; a dedicated one (or no token) keeps each workload\'s API rights to itself.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const w of workloads(ctx.model)) {
      if (bool(get(w.podSpec, 'automountServiceAccountToken')) === false) continue;
      const sa = serviceAccountOf(w);
      if (sa.name && sa.name !== 'default') continue;
      ctx.report({
        range: (sa.node && rangeOf(ctx.model, sa.node)) ?? podFieldAnchor(ctx.model, w, 'serviceAccountName'),
        message: `${w.kind} "${w.name}" runs as the default service account with its token mounted; create a dedicated ServiceAccount or set automountServiceAccountToken: false.`,
      });
    }
  },
);
