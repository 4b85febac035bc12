import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { anchorAt, fileIndex } from './workloads';
import { get, mapItems } from './yamlNodes';

export const ingressMissingTls = kubeRule(
  {
    id: 'ingress-missing-tls',
    aliases: ['tlsSettingsMissing'],
    title: 'Ingress without TLS',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'An Ingress is usually where HTTPS ends; without a tls section its hosts are served over plain HTTP, readable and changeable in transit.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    for (const ing of fileIndex(ctx.model).ofKind('Ingress')) {
      if (mapItems(get(get(ing.root, 'spec'), 'tls')).length > 0) continue;
      ctx.report({ range: anchorAt(ctx.model, ing.root, ['spec', 'tls']), message: `Ingress "${ing.name}" has no spec.tls, so its hosts are served over plain HTTP; add a tls entry with the hosts and the Secret holding the certificate.` });
    }
  },
);
