import { kubeRule } from './kubeRule';
import { reportAccess } from './rbacAccess';

export const accessToSecrets = kubeRule(
  {
    id: 'access-to-secrets',
    title: 'Binding grants access to Secrets',
    severity: 'warning',
    summary: 'Reading Secrets yields every password and token in their scope, including service account tokens that lead to more rights (CIS 5.1.2).',
  },
  (ctx) => reportAccess(ctx, ['secrets'], ['get', 'list', 'delete', 'create', 'watch'], 'access to Secrets'),
);
