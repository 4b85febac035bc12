import { ruleTester } from '../../ruleTester';

const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: app
rules:
${rules}
`;

ruleTester('wildcard-in-rules', 'kubernetes', {
  valid: [role('- {apiGroups: [""], resources: [pods], verbs: [get]}'), { name: 'wildcard apiGroups are not part of this check', code: role('- {apiGroups: ["*"], resources: [pods], verbs: [get]}') }],
  invalid: [
    {
      code: role('- apiGroups: [""]\n  resources: ["*"]\n  verbs:\n  - get\n  - "*"'),
      errors: [
        { line: 7, column: 15, endLine: 7, endColumn: 18, message: 'every resource' },
        { line: 10, column: 5, endLine: 10, endColumn: 8, message: 'every verb' },
      ],
    },
  ],
});
