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

ruleTester('default-service-account', 'kubernetes', {
  valid: [pod('serviceAccountName: web'), { name: 'token not mounted', code: pod('automountServiceAccountToken: false') }],
  invalid: [
    { name: 'unset', code: pod('hostname: web'), errors: [{ line: 5, column: 1, message: 'default service account' }] },
    { name: 'explicit default', code: pod('serviceAccountName: default'), errors: [{ line: 6, column: 23, endLine: 6, endColumn: 30 }] },
  ],
});
