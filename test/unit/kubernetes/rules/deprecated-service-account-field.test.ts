import { ruleTester } from '../../ruleTester';

const pod = (lines: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  ${lines}
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('deprecated-service-account-field', 'kubernetes', {
  valid: [pod('serviceAccountName: web'), { name: 'both set to the same value', code: pod('serviceAccount: web\n  serviceAccountName: web') }],
  invalid: [
    {
      name: 'only the old field: renamed by the fix',
      code: pod('serviceAccount: web # legacy'),
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 22, message: 'serviceAccountName instead' }],
      output: pod('serviceAccountName: web # legacy'),
    },
    { name: 'both set and different: no mechanical fix', code: pod('serviceAccount: old\n  serviceAccountName: web'), errors: [{ line: 6, column: 3 }], output: null },
  ],
});
