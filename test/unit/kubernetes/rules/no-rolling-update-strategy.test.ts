import { ruleTester } from '../../ruleTester';

const workload = (kind: string, strategy: string) => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: web
spec:
  ${strategy}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;

ruleTester('no-rolling-update-strategy', 'kubernetes', {
  valid: [
    workload('Deployment', 'strategy: {type: RollingUpdate}'),
    { name: 'unset defaults to rolling', code: workload('Deployment', 'replicas: 3') },
    workload('StatefulSet', 'updateStrategy: {type: RollingUpdate}'),
  ],
  invalid: [
    { code: workload('Deployment', 'strategy: {type: Recreate}'), errors: [{ line: 6, column: 14, endLine: 6, endColumn: 28, message: 'Recreate' }] },
    { code: workload('DaemonSet', 'updateStrategy:\n    type: OnDelete'), errors: [{ line: 7, column: 5, endLine: 7, endColumn: 19, message: 'OnDelete' }] },
  ],
});
