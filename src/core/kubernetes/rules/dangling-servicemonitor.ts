import { kubeRule } from './kubeRule';
import { readSelector, selectorMatches } from './selectors';
import { anchorAt, fileIndex } from './workloads';
import { bool, get, getIn, strings, stringMap } from './yamlNodes';

export const danglingServiceMonitor = kubeRule(
  {
    id: 'dangling-servicemonitor',
    title: 'ServiceMonitor selects no Service',
    severity: 'warning',
    summary: 'A Prometheus Operator ServiceMonitor scrapes the Services its selectors match; one that matches none collects no metrics, silently.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    const services = index.ofKind('Service');
    for (const sm of index.ofKind('ServiceMonitor')) {
      const spec = get(sm.root, 'spec');
      const selectorNode = get(spec, 'selector');
      const nsNode = get(spec, 'namespaceSelector');
      const selector = readSelector(selectorNode);
      if (Object.keys(selector.matchLabels).length === 0 && !nsNode) {
        ctx.report({ range: anchorAt(model, sm.root, ['spec', 'selector']), message: `ServiceMonitor "${sm.name}" sets neither selector.matchLabels nor namespaceSelector; say which Services to scrape.` });
        continue;
      }
      if (services.length === 0) continue;
      const any = bool(get(nsNode, 'any')) === true;
      const names = strings(get(nsNode, 'matchNames'));
      const inNamespace = (ns: string): boolean => any || (names.length > 0 ? !ns || names.includes(ns) : !ns || !sm.namespace || ns === sm.namespace);
      if (services.some((s) => inNamespace(s.namespace) && selectorMatches(selector, stringMap(getIn(s.root, ['metadata', 'labels']))))) continue;
      ctx.report({ range: anchorAt(model, sm.root, ['spec', 'selector']), message: `ServiceMonitor "${sm.name}" matches no Service in this file; align its selector with the Service's metadata.labels.` });
    }
  },
);
