import { kubeRule } from './kubeRule';
import { reportMissingProbe } from './probeChecks';

export const noReadinessProbe = kubeRule(
  {
    id: 'no-readiness-probe',
    aliases: ['readinessProbeMissing'],
    title: 'Container without a readiness probe',
    severity: 'warning',
    fixable: true,
    summary: 'Without a readiness probe a Service sends traffic to a pod as soon as it starts, before the app can answer, and during rollouts.',
  },
  (ctx) => reportMissingProbe(ctx, 'readinessProbe', 'Services send it traffic before it can answer. Add a check that passes only when it can serve.'),
);
