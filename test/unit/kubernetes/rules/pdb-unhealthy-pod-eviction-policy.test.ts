import { ruleTester } from '../../ruleTester';

ruleTester('pdb-unhealthy-pod-eviction-policy', 'kubernetes', {
  valid: [
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  unhealthyPodEvictionPolicy: IfHealthyBudget
  selector:
    matchLabels: {app: web}
`,
  ],
  invalid: [
    {
      code: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'AlwaysAllow' }],
      output: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
  unhealthyPodEvictionPolicy: AlwaysAllow
`,
    },
  ],
});
