import { kubeRule } from './kubeRule';
import { fileIndex } from './workloads';
import { get, getIn, rangeOf, str } from './yamlNodes';

export const clusterAdminRoleBinding = kubeRule(
  {
    id: 'cluster-admin-role-binding',
    aliases: ['clusterrolebindingClusterAdmin'],
    title: 'Binding grants cluster-admin',
    severity: 'warning',
    summary: 'cluster-admin can do anything to any object in any namespace; binding it to a workload or user makes a compromise of them a compromise of the cluster.',
  },
  (ctx) => {
    for (const b of fileIndex(ctx.model).ofKind('ClusterRoleBinding')) {
      const ref = get(b.root, 'roleRef');
      if (str(get(ref, 'kind')) !== 'ClusterRole' || str(get(ref, 'name')) !== 'cluster-admin') continue;
      const range = rangeOf(ctx.model, getIn(ref, ['name']));
      if (range) ctx.report({ range, message: `ClusterRoleBinding "${b.name}" grants cluster-admin; bind a role with only the verbs and resources needed.` });
    }
  },
);
