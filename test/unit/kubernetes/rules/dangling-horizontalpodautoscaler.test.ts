import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const hpa = (ref: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    ${ref}
  minReplicas: 3
  maxReplicas: 6
`;

ruleTester('dangling-horizontalpodautoscaler', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), hpa('{apiVersion: apps/v1, kind: Deployment, name: web}')].join('---\n'),
    { name: 'workloads in another file cannot be judged yet', code: hpa('{apiVersion: apps/v1, kind: Deployment, name: api}') },
  ],
  invalid: [
    {
      name: 'wrong name',
      code: [deployment('web', '{app: web}'), hpa('apiVersion: apps/v1\n    kind: Deployment\n    name: webb')].join('---\n'),
      errors: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: 'Deployment "webb"' }],
    },
    {
      name: 'wrong kind',
      code: [deployment('web', '{app: web}'), hpa('{apiVersion: apps/v1, kind: StatefulSet, name: web}')].join('---\n'),
      errors: [{ line: 23, column: 46, endLine: 23, endColumn: 55, message: 'StatefulSet "web"' }],
    },
  ],
});
