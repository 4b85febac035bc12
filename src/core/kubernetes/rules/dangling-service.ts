import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { formatLabels, mapMatches } from './selectors';
import { fileIndex, kindAnchor, sameNamespace } from './workloads';
import { get, keyRange, pairOf, str, stringMap } from './yamlNodes';

/** Labels controllers add to the pods they create, which no pod template spells out. */
const CONTROLLER_LABELS = ['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'pod-template-hash', 'controller-revision-hash'];

export const danglingService = kubeRule(
  {
    id: 'dangling-service',
    aliases: ['service-targets-pod'],
    title: 'Service selects no pods',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A Service routes to the pods its selector matches; a selector that matches no pod template leaves the Service with no endpoints.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const { model } = ctx;
    const index = fileIndex(model);
    for (const svc of index.ofKind('Service')) {
      const spec = get(svc.root, 'spec');
      if (str(get(spec, 'type')) === 'ExternalName') continue;
      const selectorPair = pairOf(spec, 'selector');
      const selector = stringMap(selectorPair?.value);
      if (Object.keys(selector).length === 0) {
        const specPair = pairOf(svc.root, 'spec');
        ctx.report({
          range: (selectorPair && keyRange(model, selectorPair)) ?? (specPair && keyRange(model, specPair)) ?? kindAnchor(model, svc.root),
          message: `Service "${svc.name}" has no selector, so Kubernetes manages no endpoints for it; add a selector matching its pods' labels (or keep it only if you maintain EndpointSlices yourself).`,
        });
        continue;
      }
      // Pods defined in other files cannot be checked yet: judge only when this file defines workloads.
      const candidates = index.workloads.filter((w) => sameNamespace(w, svc));
      const templated = Object.fromEntries(Object.entries(selector).filter(([k]) => !CONTROLLER_LABELS.includes(k)));
      if (candidates.length === 0 || candidates.some((w) => mapMatches(templated, w.podLabels))) continue;
      const range = selectorPair && keyRange(model, selectorPair);
      if (!range) continue;
      ctx.report({
        range,
        message: `Service "${svc.name}" selects ${formatLabels(selector)}, which matches no pod template in this file; align the selector with the pods' labels.`,
        related: candidates.slice(0, 3).map((w) => ({ message: `${w.kind} "${w.name}" pod labels: ${formatLabels(w.podLabels)}`, range: kindAnchor(model, w.root) })),
      });
    }
  },
);
