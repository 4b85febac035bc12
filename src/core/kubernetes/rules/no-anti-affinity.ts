import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { REPLICATED_KINDS, replicasOf } from './podFields';
import { readSelector, selectorMatches } from './selectors';
import { anchorAt, workloads, type Workload } from './workloads';
import { get, getIn, mapItems, str, strings } from './yamlNodes';
import type { YAMLMap } from 'yaml';

const TOPOLOGY_KEY = 'kubernetes.io/hostname';

/** Does a pod affinity term keep two of this workload's pods off the same node? */
function spreadsByHost(w: Workload, term: YAMLMap | undefined): boolean {
  if (!term || str(get(term, 'topologyKey')) !== TOPOLOGY_KEY) return false;
  const namespaces = strings(get(term, 'namespaces'));
  if (namespaces.length > 0 && w.namespace && !namespaces.includes(w.namespace)) return false;
  return selectorMatches(readSelector(get(term, 'labelSelector')), w.podLabels);
}

export const noAntiAffinity = kubeRule(
  {
    id: 'no-anti-affinity',
    aliases: ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity'],
    title: 'Replicas may all land on one node',
    severity: 'info',
    enabledByDefault: true,
    summary: 'Without pod anti-affinity on the hostname the scheduler may put every replica on the same node, and one node failure takes them all down.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const w of workloads(ctx.model)) {
      if (!REPLICATED_KINDS.has(w.kind)) continue;
      const { count } = replicasOf(w);
      if (count < 2) continue;
      const anti = getIn(w.podSpec, ['affinity', 'podAntiAffinity']);
      const required = mapItems(get(anti, 'requiredDuringSchedulingIgnoredDuringExecution'));
      const preferred = mapItems(get(anti, 'preferredDuringSchedulingIgnoredDuringExecution')).map((p) => get(p, 'podAffinityTerm') as YAMLMap | undefined);
      // topologySpreadConstraints on the hostname spread replicas the same way.
      const spread = mapItems(get(w.podSpec, 'topologySpreadConstraints'));
      if ([...required, ...preferred, ...spread].some((t) => spreadsByHost(w, t))) continue;
      ctx.report({
        range: anchorAt(ctx.model, w.root, ['spec', 'replicas']),
        message: `${w.kind} "${w.name}" runs ${count} replicas with no pod anti-affinity on ${TOPOLOGY_KEY} matching its own labels; add one (preferred is enough) so replicas spread over nodes.`,
      });
    }
  },
);
