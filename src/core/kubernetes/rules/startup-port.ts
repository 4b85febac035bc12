import { kubeRule } from './kubeRule';
import { reportProbePort } from './probeChecks';

export const startupPort = kubeRule(
  {
    id: 'startup-port',
    title: 'Startup probe targets an undeclared port',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A startupProbe aimed at a port the container does not declare usually means a typo or a stale port, and the probe will fail.',
  },
  (ctx) => reportProbePort(ctx, 'startupProbe'),
);
