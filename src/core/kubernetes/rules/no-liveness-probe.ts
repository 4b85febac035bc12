import { kubeRule } from './kubeRule';
import { reportMissingProbe } from './probeChecks';

export const noLivenessProbe = kubeRule(
  {
    id: 'no-liveness-probe',
    aliases: ['livenessProbeMissing'],
    title: 'Container without a liveness probe',
    severity: 'warning',
    fixable: true,
    summary: 'Without a liveness probe Kubernetes restarts a container only when its process exits, not when it hangs.',
  },
  (ctx) => reportMissingProbe(ctx, 'livenessProbe', 'a hung process is never restarted. Add a cheap check that fails only when a restart would help.'),
);
