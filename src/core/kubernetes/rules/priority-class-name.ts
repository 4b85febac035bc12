import { kubeRule } from './kubeRule';
import { workloads } from './workloads';
import { pairOf, pairRange, str } from './yamlNodes';

const ACCEPTED = ['system-cluster-critical', 'system-node-critical'];

export const priorityClassName = kubeRule(
  {
    id: 'priority-class-name',
    title: 'Pod uses a priority class outside the accepted list',
    severity: 'info',
    summary: 'A priority class decides who gets evicted when a node runs short; an unexpected class can let a workload push out more important ones.',
  },
  (ctx) => {
    for (const w of workloads(ctx.model)) {
      const pair = pairOf(w.podSpec, 'priorityClassName');
      const name = str(pair?.value);
      if (!pair || !name || ACCEPTED.includes(name)) continue;
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: `${w.kind} "${w.name}" uses priority class "${name}", which is not one of ${ACCEPTED.join(', ')}; use an accepted class or remove it.` });
    }
  },
);
