import { kubeRule } from './kubeRule';
import { fileIndex } from './workloads';
import { get, pairOf, pairRange, str } from './yamlNodes';

export const exposedServices = kubeRule(
  {
    id: 'exposed-services',
    aliases: ['service-type'],
    title: 'Service exposed outside the cluster',
    severity: 'info',
    summary: 'NodePort and LoadBalancer Services open a port on every node or on a public address; an Ingress or ClusterIP keeps the exposure deliberate.',
  },
  (ctx) => {
    for (const svc of fileIndex(ctx.model).ofKind('Service')) {
      const pair = pairOf(get(svc.root, 'spec'), 'type');
      const type = str(pair?.value)?.toLowerCase();
      if (!pair || (type !== 'nodeport' && type !== 'loadbalancer')) continue;
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: `Service "${svc.name}" is of type ${str(pair.value)}, reachable from outside the cluster; use ClusterIP behind an Ingress unless this exposure is intended.` });
    }
  },
);
