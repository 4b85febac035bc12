import { ruleTester } from '../../ruleTester';

const hpa = (min: number, max: number) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: ${min}
  maxReplicas: ${max}
`;

ruleTester('hpa-min-equals-max', 'kubernetes', {
  valid: [hpa(2, 5)],
  invalid: [{ code: hpa(3, 3), errors: [{ line: 8, column: 3, endLine: 8, endColumn: 17, message: 'never scales up' }] }],
});
