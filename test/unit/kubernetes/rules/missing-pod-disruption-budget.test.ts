import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const pdb = (app: string) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: ${app}}
`;

ruleTester('missing-pod-disruption-budget', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), pdb('web')].join('---\n'),
    { name: 'a single replica has nothing to protect', code: deployment('web', '{app: web}').replace('replicas: 3', 'replicas: 1') },
  ],
  invalid: [
    { name: 'budget selects other pods', code: [deployment('web', '{app: web}'), pdb('api')].join('---\n'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 14, message: 'no PodDisruptionBudget' }] },
    { name: 'no budget at all', code: deployment('web', '{app: web}'), errors: [{ line: 6, column: 3 }] },
  ],
});
