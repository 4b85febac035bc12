import { kubeRule } from './kubeRule';
import { workloads } from './workloads';
import { get, getIn, mapItems, rangeOf, str } from './yamlNodes';

/** Sysctls that are not namespaced per pod, so setting them changes the whole node. */
const UNSAFE_PREFIXES = ['kernel.msg', 'kernel.sem', 'kernel.shm', 'fs.mqueue.', 'net.'];

export const unsafeSysctls = kubeRule(
  {
    id: 'unsafe-sysctls',
    title: 'Pod sets an unsafe sysctl',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'Some kernel parameters are shared by the whole node or can starve it; setting them from a pod affects every other workload there.',
  },
  (ctx) => {
    for (const w of workloads(ctx.model)) {
      for (const s of mapItems(getIn(w.podSpec, ['securityContext', 'sysctls']))) {
        const node = get(s, 'name');
        const name = str(node);
        if (!name || !UNSAFE_PREFIXES.some((p) => name.startsWith(p))) continue;
        const range = rangeOf(ctx.model, node);
        if (range) ctx.report({ range, message: `${w.kind} "${w.name}" sets sysctl ${name}, which is not isolated per pod; remove it or set it on the node.` });
      }
    }
  },
);
