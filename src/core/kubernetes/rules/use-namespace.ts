import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { anchorAt, fileIndex } from './workloads';

export const useNamespace = kubeRule(
  {
    id: 'use-namespace',
    title: 'Object in the default namespace',
    severity: 'info',
    summary: 'Namespaces give each application its own names, quotas, policies and RBAC; objects left in default share all of that with everything else.',
  },
  (ctx) => {
    if (isPatch(ctx)) return;
    const index = fileIndex(ctx.model);
    for (const o of [...index.workloads, ...index.ofKind('Service')]) {
      if (o.namespace && o.namespace !== 'default') continue;
      ctx.report({
        range: anchorAt(ctx.model, o.root, ['metadata', 'namespace']),
        message: o.namespace ? `${o.kind} "${o.name}" is in the default namespace; put it in a namespace of its own.` : `${o.kind} "${o.name}" has no metadata.namespace, so it lands in default unless applied with -n; set a dedicated namespace.`,
      });
    }
  },
);
