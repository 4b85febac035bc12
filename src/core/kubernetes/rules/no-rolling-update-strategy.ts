import { kubeRule } from './kubeRule';
import { workloads } from './workloads';
import { get, pairOf, pairRange, str } from './yamlNodes';

/** The strategy field and the value that means "rolling" for each kind that has one. */
const STRATEGY: Record<string, string> = { Deployment: 'strategy', DaemonSet: 'updateStrategy', StatefulSet: 'updateStrategy', DeploymentConfig: 'strategy' };

export const noRollingUpdateStrategy = kubeRule(
  {
    id: 'no-rolling-update-strategy',
    aliases: ['deployment-strategy'],
    title: 'Workload does not roll updates',
    severity: 'info',
    summary: 'Recreate and OnDelete stop all old pods before (or without) starting new ones; a rolling update replaces them a few at a time with no downtime.',
  },
  (ctx) => {
    for (const w of workloads(ctx.model)) {
      const field = STRATEGY[w.kind];
      if (!field) continue;
      const pair = pairOf(get(w.spec, field), 'type');
      const type = str(pair?.value);
      if (!pair || !type || /^(?:RollingUpdate|Rolling)$/.test(type)) continue;
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: `${w.kind} "${w.name}" uses the ${type} update strategy; use RollingUpdate so pods are replaced gradually.` });
    }
  },
);
