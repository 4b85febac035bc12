import { ruleTester } from '../../ruleTester';

const hpa = (min: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  ${min}
  maxReplicas: 10
`;

ruleTester('hpa-minimum-three-replicas', 'kubernetes', {
  valid: [hpa('minReplicas: 3')],
  invalid: [
    { code: hpa('minReplicas: 2'), errors: [{ line: 7, column: 3, endLine: 7, endColumn: 17, message: 'down to 2 replicas' }] },
    { name: 'unset means 1', code: hpa('metrics: []'), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'down to 1 replica;' }] },
  ],
});
