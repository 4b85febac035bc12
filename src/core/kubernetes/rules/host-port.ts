import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, mapItems, num, pairOf, pairRange } from './yamlNodes';

export const hostPort = kubeRule(
  {
    id: 'host-port',
    aliases: ['hostPortSet'],
    title: 'Container binds a host port',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'hostPort ties a pod to nodes where that port is free, limits it to one replica per node and exposes it on the node\'s address, bypassing Services.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      for (const p of mapItems(get(c.node, 'ports'))) {
        const pair = pairOf(p, 'hostPort');
        if (!pair || !num(pair.value)) continue;
        const range = pairRange(ctx.model, pair);
        if (range) ctx.report({ range, message: `Container "${c.name}" binds host port ${num(pair.value)}; expose it through a Service instead, unless this is node-level software.` });
      }
    }
  },
);
