import { ruleTester } from '../../ruleTester';

const role = (rule: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
  namespace: app
rules:
- ${rule}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: reader
  namespace: app
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
- {kind: ServiceAccount, name: web, namespace: app}
`;

ruleTester('access-to-secrets', 'kubernetes', {
  valid: [
    role('{apiGroups: [""], resources: [configmaps], verbs: [get, list]}'),
    { name: 'update alone does not read', code: role('{apiGroups: [""], resources: [secrets], verbs: [update]}') },
  ],
  invalid: [
    {
      code: role('{apiGroups: [""], resources: [secrets], verbs: [get]}'),
      errors: [{ line: 17, column: 9, endLine: 17, endColumn: 15, message: 'get on secrets' }],
    },
    {
      name: 'through an aggregated ClusterRole',
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: aggregate
aggregationRule:
  clusterRoleSelectors:
  - matchLabels: {example.com/aggregate-to-reader: "true"}
rules: []
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: secrets
  labels: {example.com/aggregate-to-reader: "true"}
rules:
- {apiGroups: [""], resources: ["*"], verbs: [list]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: reader
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: aggregate}
subjects:
- {kind: Group, name: readers, apiGroup: rbac.authorization.k8s.io}
`,
      errors: [{ line: 22, column: 73, message: 'ClusterRole "secrets" (list on *)' }],
    },
  ],
});
