import { kubeRule } from './kubeRule';
import { reportAccess } from './rbacAccess';

export const accessToCreatePods = kubeRule(
  {
    id: 'access-to-create-pods',
    title: 'Binding grants permission to create pods',
    severity: 'warning',
    summary: 'Whoever can create pods (or the controllers that create them) can run any image with any service account in the namespace and read its secrets (CIS 5.1.4).',
  },
  (ctx) => reportAccess(ctx, ['pods', 'deployments', 'statefulsets', 'replicasets', 'cronjob', 'cronjobs', 'jobs', 'daemonsets'], ['create'], 'permission to create pods'),
);
