import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { podFieldAnchor, workloads } from './workloads';
import { get, getIn, mapItems, str } from './yamlNodes';

export const dnsconfigOptions = kubeRule(
  {
    id: 'dnsconfig-options',
    title: 'Pod does not lower DNS ndots',
    severity: 'info',
    summary: 'With the default ndots:5 every lookup of an outside name first tries each cluster search domain; ndots:2 avoids those wasted queries (and conntrack races).',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const w of workloads(ctx.model)) {
      const options = mapItems(getIn(w.podSpec, ['dnsConfig', 'options']));
      if (options.some((o) => str(get(o, 'name')) === 'ndots' && str(get(o, 'value')) === '2')) continue;
      ctx.report({ range: podFieldAnchor(ctx.model, w, 'dnsConfig'), message: `${w.kind} "${w.name}" does not set dnsConfig.options ndots "2"; add it to cut the DNS queries made for external names.` });
    }
  },
);
