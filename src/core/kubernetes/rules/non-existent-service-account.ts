import { kubeRule } from './kubeRule';
import { serviceAccountOf } from './podFields';
import { fileIndex, kindAnchor, sameNamespace } from './workloads';
import { rangeOf } from './yamlNodes';

export const nonExistentServiceAccount = kubeRule(
  {
    id: 'non-existent-service-account',
    title: 'Pod uses a ServiceAccount that is not defined',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'Pods referring to a ServiceAccount that does not exist are not created at all; the controller keeps failing until the account appears.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    const accounts = index.ofKind('ServiceAccount');
    // Accounts defined in other files cannot be checked yet: judge only when this file defines some.
    if (accounts.length === 0) return;
    for (const w of index.workloads) {
      const sa = serviceAccountOf(w);
      if (!sa.name || sa.name === 'default' || accounts.some((a) => a.name === sa.name && sameNamespace(a, w))) continue;
      const range = rangeOf(model, sa.node);
      if (!range) continue;
      ctx.report({
        range,
        message: `${w.kind} "${w.name}" uses ServiceAccount "${sa.name}", which this file does not define (it defines ${accounts.map((a) => `"${a.name}"`).join(', ')}); fix the name or add the account.`,
        related: accounts.slice(0, 3).map((a) => ({ message: `ServiceAccount "${a.name}"`, range: kindAnchor(model, a.root) })),
      });
    }
  },
);
