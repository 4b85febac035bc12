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

ruleTester('restart-policy', 'kubernetes', {
  valid: [pod('restartPolicy: Always'), pod('restartPolicy: OnFailure')],
  invalid: [
    { name: 'Never', code: pod('restartPolicy: Never'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 23, message: 'restartPolicy Never' }] },
    { name: 'unset: points at the pod spec key', code: pod('hostname: web'), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'does not set restartPolicy' }] },
  ],
});
