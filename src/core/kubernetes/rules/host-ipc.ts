import { kubeRule } from './kubeRule';
import { reportPodFlag } from './podFields';

export const hostIpc = kubeRule(
  {
    id: 'host-ipc',
    aliases: ['hostIPCSet'],
    title: 'Pod shares the node IPC namespace',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'hostIPC: true lets the containers read and write the node\'s shared memory and message queues.',
  },
  (ctx) => reportPodFlag(ctx, 'hostIPC', (w) => `${w.kind} "${w.name}" shares the node's IPC namespace (hostIPC: true); remove it so shared memory stays inside the pod.`),
);
