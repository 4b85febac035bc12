import { ruleTester } from '../../ruleTester';

const deployment = (replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  ${replicas}
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

ruleTester('minimum-three-replicas', 'kubernetes', {
  valid: [
    deployment('replicas: 3'),
    {
      name: 'an HPA owns the replica count',
      code: deployment('replicas: 1') + `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 6
`,
    },
    {
      name: 'DaemonSets have no replicas',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      containers:
      - name: agent
        image: agent:1
`,
    },
  ],
  invalid: [
    { code: deployment('replicas: 2'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 14, message: 'runs 2 replicas' }] },
    { name: 'unset means 1', code: deployment('minReadySeconds: 5'), errors: [{ line: 5, column: 1, message: 'runs 1 replica;' }] },
  ],
});
