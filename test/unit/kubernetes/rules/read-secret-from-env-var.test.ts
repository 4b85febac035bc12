import { ruleTester } from '../../ruleTester';

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - name: TOKEN
      valueFrom:
        ${env}
`;

ruleTester('read-secret-from-env-var', 'kubernetes', {
  valid: [pod('configMapKeyRef: {name: app, key: token}')],
  invalid: [{ code: pod('secretKeyRef: {name: app, key: token}'), errors: [{ line: 12, column: 9, endLine: 12, endColumn: 21, message: 'Secret "app"' }] }],
});
