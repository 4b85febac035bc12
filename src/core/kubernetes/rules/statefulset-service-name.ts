import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { anchorAt, fileIndex, kindAnchor, sameNamespace } from './workloads';
import { get, getIn, rangeOf, str } from './yamlNodes';

export const statefulsetServiceName = kubeRule(
  {
    id: 'statefulset-service-name',
    aliases: ['statefulset-has-servicename'],
    title: 'StatefulSet serviceName is not a headless Service',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A StatefulSet gives each pod a stable DNS name through a headless Service (clusterIP: None) named in serviceName; without one those names do not resolve.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    const index = fileIndex(model);
    const services = index.ofKind('Service');
    // Services defined in other files cannot be checked yet: judge only when this file defines some.
    if (services.length === 0) return;
    for (const sts of index.ofKind('StatefulSet')) {
      const node = get(get(sts.root, 'spec'), 'serviceName');
      const name = str(node);
      const range = (node && rangeOf(model, node)) ?? anchorAt(model, sts.root, ['spec', 'serviceName']);
      if (!name) {
        ctx.report({ range, message: `StatefulSet "${sts.name}" sets no serviceName, so its pods get no stable DNS names; name a headless Service.` });
        continue;
      }
      const svc = services.find((s) => s.name === name && sameNamespace(s, sts));
      if (!svc) {
        ctx.report({ range, message: `StatefulSet "${sts.name}" names Service "${name}", which this file does not define; add a headless Service of that name.` });
      } else if (str(getIn(svc.root, ['spec', 'clusterIP'])) !== 'None') {
        ctx.report({
          range,
          message: `Service "${name}" of StatefulSet "${sts.name}" is not headless; set clusterIP: None so each pod gets its own DNS record.`,
          related: [{ message: `Service "${name}"`, range: kindAnchor(model, svc.root) }],
        });
      }
    }
  },
);
