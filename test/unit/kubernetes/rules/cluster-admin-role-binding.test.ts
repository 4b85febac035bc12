import { ruleTester } from '../../ruleTester';

const binding = (role: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${role}
subjects:
- kind: ServiceAccount
  name: ci
  namespace: ci
`;

ruleTester('cluster-admin-role-binding', 'kubernetes', {
  valid: [binding('view')],
  invalid: [{ code: binding('cluster-admin'), errors: [{ line: 8, column: 9, endLine: 8, endColumn: 22, message: 'grants cluster-admin' }] }],
});
