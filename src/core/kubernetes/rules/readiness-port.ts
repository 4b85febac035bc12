import { kubeRule } from './kubeRule';
import { reportProbePort } from './probeChecks';

export const readinessPort = kubeRule(
  {
    id: 'readiness-port',
    title: 'Readiness probe targets an undeclared port',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A readinessProbe aimed at a port the container does not declare usually means a typo or a stale port, and the probe will fail.',
  },
  (ctx) => reportProbePort(ctx, 'readinessProbe'),
);
