import { ruleTester } from '../../ruleTester';

const deployment = (replicas: number, affinity: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      ${affinity}
      containers:
      - name: web
        image: nginx:1.27
`;

const preferred = `affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - weight: 100
            podAffinityTerm:
              topologyKey: kubernetes.io/hostname
              labelSelector:
                matchLabels: {app: web}`;

ruleTester('no-anti-affinity', 'kubernetes', {
  valid: [
    deployment(1, 'hostname: web'),
    deployment(3, preferred),
    { name: 'topology spread on the hostname counts', code: deployment(3, 'topologySpreadConstraints: [{maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway, labelSelector: {matchLabels: {app: web}}}]') },
  ],
  invalid: [
    { name: 'no anti-affinity', code: deployment(3, 'hostname: web'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 14, message: 'runs 3 replicas' }] },
    { name: 'anti-affinity on zones only', code: deployment(2, preferred.replace('kubernetes.io/hostname', 'topology.kubernetes.io/zone')), errors: [{ line: 6, column: 3 }] },
    { name: 'selector that does not match the pods', code: deployment(2, preferred.replace('{app: web}', '{app: db}')), errors: [{ line: 6, column: 3 }] },
  ],
});
