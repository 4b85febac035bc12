import { kubeRule } from './kubeRule';
import { reportPodFlag } from './podFields';

export const hostNetwork = kubeRule(
  {
    id: 'host-network',
    aliases: ['hostNetworkSet'],
    title: 'Pod shares the node network namespace',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'hostNetwork: true puts the pod on the node\'s network stack, where it can reach and bind every node interface.',
  },
  (ctx) => reportPodFlag(ctx, 'hostNetwork', (w) => `${w.kind} "${w.name}" uses the node's network namespace (hostNetwork: true); remove it unless the pod really is node networking software.`),
);
