import { ruleTester } from '../../ruleTester';

const pod = (kind: string, liveness: string, readiness: string) => `apiVersion: v1
kind: ${kind}
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe: ${liveness}
    readinessProbe: ${readiness}
`;

ruleTester('identical-probes', 'kubernetes', {
  valid: [
    pod('Pod', '{httpGet: {path: /healthz, port: 80}}', '{httpGet: {path: /ready, port: 80}}'),
    pod('Pod', '{httpGet: {path: /healthz, port: 80}, failureThreshold: 6}', '{httpGet: {path: /healthz, port: 80}}'),
  ],
  invalid: [
    {
      name: 'same check written in another key order',
      code: pod('Pod', '{httpGet: {path: /healthz, port: 80}, periodSeconds: 5}', '{periodSeconds: 5, httpGet: {port: 80, path: /healthz}}'),
      errors: [{ line: 9, column: 5, endLine: 9, endColumn: 18, message: 'same check for liveness and readiness' }],
    },
  ],
});
