import { ruleTester } from '../../ruleTester';

const pod = (affinity: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  ${affinity}
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('no-node-affinity', 'kubernetes', {
  valid: [
    pod(`affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions: [{key: pool, operator: In, values: [web]}]`),
  ],
  invalid: [
    { name: 'only pod anti-affinity', code: pod('affinity: {podAntiAffinity: {}}'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 11 }] },
    { name: 'no affinity at all', code: pod('hostname: web'), errors: [{ line: 5, column: 1, message: 'no affinity.nodeAffinity' }] },
  ],
});
