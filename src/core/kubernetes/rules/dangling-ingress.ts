import type { Node as YamlNode } from 'yaml';
import { kubeRule } from './kubeRule';
import { fileIndex, kindAnchor, sameNamespace, type KubeObject } from './workloads';
import { get, getIn, mapItems, num, rangeOf, str } from './yamlNodes';

interface Backend {
  service: string;
  nameNode: YamlNode;
  port?: number | string;
}

/** Service backends of an Ingress, in networking/v1 form or the old serviceName/servicePort form. */
function backends(ingress: KubeObject): Backend[] {
  const spec = get(ingress.root, 'spec');
  const nodes = [get(spec, 'defaultBackend') ?? get(spec, 'backend')];
  for (const rule of mapItems(get(spec, 'rules'))) for (const path of mapItems(getIn(rule, ['http', 'paths']))) nodes.push(get(path, 'backend'));
  const out: Backend[] = [];
  for (const b of nodes) {
    if (!b) continue;
    const svc = get(b, 'service');
    const nameNode = svc ? get(svc, 'name') : get(b, 'serviceName');
    const portNode = svc ? (get(get(svc, 'port'), 'number') ?? get(get(svc, 'port'), 'name')) : get(b, 'servicePort');
    const service = str(nameNode);
    if (!service || !nameNode) continue;
    out.push({ service, nameNode, port: num(portNode) ?? str(portNode) });
  }
  return out;
}

export const danglingIngress = kubeRule(
  {
    id: 'dangling-ingress',
    aliases: ['ingress-targets-service'],
    title: 'Ingress routes to a missing Service or port',
    severity: 'warning',
    summary: 'An Ingress backend must name an existing Service and one of its ports, or requests on that route get 503s.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    const services = index.ofKind('Service');
    // Services defined in other files cannot be checked yet: judge only when this file defines some.
    if (services.length === 0) return;
    for (const ing of index.ofKind('Ingress')) {
      for (const b of backends(ing)) {
        const range = rangeOf(model, b.nameNode);
        if (!range) continue;
        const svc = services.find((s) => s.name === b.service && sameNamespace(s, ing));
        if (!svc) {
          ctx.report({ range, message: `Ingress "${ing.name}" routes to Service "${b.service}", which is not defined in this file's namespace; fix the name or add the Service.` });
          continue;
        }
        if (b.port === undefined) continue;
        const ports = mapItems(getIn(svc.root, ['spec', 'ports']));
        const ok = ports.some((p) => (typeof b.port === 'number' ? num(get(p, 'port')) === b.port : str(get(p, 'name')) === b.port));
        if (!ok) {
          ctx.report({
            range,
            message: `Ingress "${ing.name}" routes to port ${b.port} of Service "${b.service}", which has no such port; use one of its spec.ports.`,
            related: [{ message: `Service "${svc.name}"`, range: kindAnchor(model, svc.root) }],
          });
        }
      }
    }
  },
);
