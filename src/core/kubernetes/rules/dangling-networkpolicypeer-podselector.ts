import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { policies } from './networkPolicies';
import { readSelector, selectorMatches } from './selectors';
import { fileIndex, keyRangeOr, sameNamespace } from './workloads';
import { get, mapItems, pairOf } from './yamlNodes';

export const danglingNetworkPolicyPeerPodSelector = kubeRule(
  {
    id: 'dangling-networkpolicypeer-podselector',
    title: 'NetworkPolicy peer selects no pods',
    severity: 'warning',
    summary: 'A from/to peer with only a podSelector means pods of the policy\'s namespace; if it matches none, the rule allows no traffic at all.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    const index = fileIndex(model);
    if (index.workloads.length === 0) return;
    for (const p of policies(model)) {
      const spec = get(p.root, 'spec');
      const peers = [
        ...mapItems(get(spec, 'ingress')).flatMap((r) => mapItems(get(r, 'from'))),
        ...mapItems(get(spec, 'egress')).flatMap((r) => mapItems(get(r, 'to'))),
      ];
      for (const peer of peers) {
        const selectorPair = pairOf(peer, 'podSelector');
        if (!selectorPair || get(peer, 'namespaceSelector')) continue;
        const selector = readSelector(selectorPair.value ?? undefined);
        if (index.workloads.some((w) => sameNamespace(w, p) && selectorMatches(selector, w.podLabels))) continue;
        ctx.report({ range: keyRangeOr(model, selectorPair, p), message: `A peer of NetworkPolicy "${p.name}" selects no pod template in this file; fix its podSelector (or add a namespaceSelector for pods elsewhere).` });
      }
    }
  },
);
