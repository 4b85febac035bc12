import { ruleTester } from '../../ruleTester';

const pdb = (policy: string) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:${policy}
  selector:
    matchLabels: {app: web}
`;

ruleTester('pdb-has-policy', 'kubernetes', {
  valid: [pdb('\n  minAvailable: 1'), pdb('\n  maxUnavailable: 25%')],
  invalid: [{ code: pdb(''), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'neither minAvailable nor maxUnavailable' }] }],
});
