import { kubeRule } from './kubeRule';
import { listEntries } from './rbac';
import { fileIndex } from './workloads';
import { get, mapItems, rangeOf } from './yamlNodes';

export const wildcardInRules = kubeRule(
  {
    id: 'wildcard-in-rules',
    title: 'Role rule uses a wildcard',
    severity: 'warning',
    summary: 'A `*` in resources or verbs grants everything, including resources and verbs added in future Kubernetes versions (CIS 5.1.3).',
  },
  (ctx) => {
    const index = fileIndex(ctx.model);
    for (const role of [...index.ofKind('Role'), ...index.ofKind('ClusterRole')]) {
      for (const rule of mapItems(get(role.root, 'rules'))) {
        for (const field of ['resources', 'verbs']) {
          for (const entry of listEntries(rule, field)) {
            if (entry.value !== '*') continue;
            const range = rangeOf(ctx.model, entry.node);
            if (range) ctx.report({ range, message: `${role.kind} "${role.name}" grants ${field === 'verbs' ? 'every verb' : 'every resource'} with "*"; list the ${field} it needs.` });
          }
        }
      }
    }
  },
);
