import { ruleTester } from '../../ruleTester';

const pod = (line: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  ${line}
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('priority-class-name', 'kubernetes', {
  valid: [pod('hostname: web'), pod('priorityClassName: system-cluster-critical')],
  invalid: [{ code: pod('priorityClassName: very-important'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 36, message: '"very-important"' }] }],
});
