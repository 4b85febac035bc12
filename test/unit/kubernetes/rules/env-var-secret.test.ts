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
    - ${env}
`;

ruleTester('env-var-secret', 'kubernetes', {
  valid: [
    pod('{name: CLIENT_SECRET, valueFrom: {secretKeyRef: {name: app, key: secret}}}'),
    pod('{name: SECRET_PATH, value: ""}'),
    pod('{name: PASSWORDLESS, value: "yes"}'),
  ],
  invalid: [
    { code: pod('{name: client_secret, value: hunter2}'), errors: [{ line: 10, column: 29, endLine: 10, endColumn: 43, message: 'client_secret' }] },
  ],
});
