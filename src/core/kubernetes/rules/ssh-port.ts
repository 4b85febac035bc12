import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, mapItems, num, rangeOf, str } from './yamlNodes';

export const sshPort = kubeRule(
  {
    id: 'ssh-port',
    title: 'Container exposes SSH',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'An SSH server in a container is a second way in that bypasses Kubernetes access control and audit; use kubectl exec for debugging.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      for (const p of mapItems(get(c.node, 'ports'))) {
        const node = get(p, 'containerPort');
        if (num(node) !== 22 || (str(get(p, 'protocol')) ?? 'TCP').toUpperCase() !== 'TCP') continue;
        const range = rangeOf(ctx.model, node);
        if (range) ctx.report({ range, message: `Container "${c.name}" exposes port 22 (SSH); remove the SSH server and use kubectl exec when you need a shell.` });
      }
    }
  },
);
