import { ruleTester } from '../../ruleTester';

const role = (rule: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: deployer
rules:
- ${rule}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: deployer
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: deployer
subjects:
- {kind: ServiceAccount, name: ci, namespace: ci}
`;

ruleTester('access-to-create-pods', 'kubernetes', {
  valid: [
    role('{apiGroups: [apps], resources: [deployments], verbs: [get, list, patch]}'),
    { name: 'a Role nobody binds is not judged', code: role('{apiGroups: [""], resources: [pods], verbs: [create]}').split('---\n')[0] },
  ],
  invalid: [
    { code: role('{apiGroups: [apps], resources: [deployments], verbs: [create]}'), errors: [{ line: 15, column: 9, endLine: 15, endColumn: 17, message: 'create on deployments' }] },
    { name: 'wildcard verb', code: role('{apiGroups: [""], resources: [pods], verbs: ["*"]}'), errors: [{ line: 15, column: 9, message: '* on pods' }] },
  ],
});
