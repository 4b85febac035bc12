import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, mapItems, num, rangeOf } from './yamlNodes';

export const privilegedPorts = kubeRule(
  {
    id: 'privileged-ports',
    title: 'Container listens on a privileged port',
    severity: 'info',
    summary: 'Binding a port below 1024 needs root or NET_BIND_SERVICE inside the container; an unprivileged port lets it run as a normal user.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      for (const p of mapItems(get(c.node, 'ports'))) {
        const node = get(p, 'containerPort');
        const port = num(node);
        if (port === undefined || port < 1 || port > 1023) continue;
        const range = rangeOf(ctx.model, node);
        if (range) ctx.report({ range, message: `Container "${c.name}" uses privileged port ${port}; listen on a port above 1023 and map it in the Service.` });
      }
    }
  },
);
