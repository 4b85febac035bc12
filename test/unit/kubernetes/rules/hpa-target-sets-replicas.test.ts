import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const hpa = (name: string) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}
  minReplicas: 3
  maxReplicas: 6
`;

ruleTester('hpa-target-sets-replicas', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), hpa('api')].join('---\n'),
    { name: 'no replicas field', code: [deployment('web', '{app: web}').replace('  replicas: 3\n', ''), hpa('web')].join('---\n') },
  ],
  invalid: [
    {
      name: 'the fix removes the replicas line',
      code: [deployment('web', '{app: web}'), hpa('web')].join('---\n'),
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 14, message: 'HorizontalPodAutoscaler "web"' }],
      output: [deployment('web', '{app: web}').replace('  replicas: 3\n', ''), hpa('web')].join('---\n'),
    },
  ],
});
