import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const pdb = (min: string, selector = '\n  selector:\n    matchLabels: {app: web}') => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: ${min}${selector}
`;

const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 5
`;

ruleTester('pdb-min-available', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), pdb('2')].join('---\n'),
    [deployment('web', '{app: web}'), pdb('"50%"')].join('---\n'),
    { name: 'the HPA minimum counts when replicas is 1', code: [deployment('web', '{app: web}').replace('replicas: 3', 'replicas: 1'), hpa, pdb('1')].join('---\n') },
  ],
  invalid: [
    {
      name: 'minAvailable equals replicas',
      code: [deployment('web', '{app: web}'), pdb('3')].join('---\n'),
      errors: [{ line: 22, column: 3, endLine: 22, endColumn: 18, message: 'keeps 3 of 3 pods' }],
    },
    {
      name: 'a percentage that rounds up to every pod',
      code: [deployment('web', '{app: web}').replace('replicas: 3', 'replicas: 1'), pdb('"50%"')].join('---\n'),
      errors: [{ line: 22, column: 3, message: 'keeps 1 of 1 pods' }],
    },
    { name: '100%', code: pdb('100%'), errors: [{ line: 6, column: 3, message: '100%' }] },
    { name: 'no selector', code: pdb('1', ''), errors: [{ line: 5, column: 1, message: 'has no selector' }] },
  ],
});
