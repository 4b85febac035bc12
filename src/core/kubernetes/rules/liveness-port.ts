import { kubeRule } from './kubeRule';
import { reportProbePort } from './probeChecks';

export const livenessPort = kubeRule(
  {
    id: 'liveness-port',
    title: 'Liveness probe targets an undeclared port',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A livenessProbe aimed at a port the container does not declare usually means a typo or a stale port, and the probe will fail.',
  },
  (ctx) => reportProbePort(ctx, 'livenessProbe'),
);
