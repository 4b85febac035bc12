import { ruleTester } from '../../ruleTester';

const pdb = (value: string) => `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: ${value}
  selector:
    matchLabels: {app: web}
`;

ruleTester('pdb-max-unavailable', 'kubernetes', {
  valid: [pdb('1'), pdb('"25%"')],
  invalid: [
    { code: pdb('0'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 20, message: 'maxUnavailable to 0' }] },
    { code: pdb('0%'), errors: [{ line: 6, column: 3, message: 'blocks node drains' }] },
    { name: 'unparsable', code: pdb('one'), errors: [{ line: 6, column: 3, message: 'neither a number nor a percentage' }] },
  ],
});
