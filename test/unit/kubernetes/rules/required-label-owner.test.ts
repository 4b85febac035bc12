import { ruleTester } from '../../ruleTester';

const pod = (labels: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: ${labels}
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('required-label-owner', 'kubernetes', {
  valid: [pod('{owner: payments}'), pod('{team.example.com/owner: payments}')],
  invalid: [{ code: pod('{app: web}'), errors: [{ line: 5, column: 3, endLine: 5, endColumn: 9, message: 'no owner label' }] }],
});
