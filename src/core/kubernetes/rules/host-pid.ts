import { kubeRule } from './kubeRule';
import { reportPodFlag } from './podFields';

export const hostPid = kubeRule(
  {
    id: 'host-pid',
    aliases: ['hostPIDSet'],
    title: 'Pod shares the node process namespace',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'hostPID: true lets the containers see, and possibly signal or trace, every process on the node.',
  },
  (ctx) => reportPodFlag(ctx, 'hostPID', (w) => `${w.kind} "${w.name}" shares the node's process namespace (hostPID: true); remove it so the pod sees only its own processes.`),
);
