import { ruleTester } from '../../ruleTester';

const pod = (caps: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      capabilities: ${caps}
`;

ruleTester('drop-net-raw-capability', 'kubernetes', {
  valid: [
    { name: 'no capabilities block is not flagged (kube-linter semantics)', code: pod('').replace('      capabilities: \n', '      runAsNonRoot: true\n') },
    pod('{drop: [ALL]}'),
    pod('{drop: [NET_RAW], add: [NET_BIND_SERVICE]}'),
  ],
  invalid: [
    { name: 'drops something else', code: pod('{drop: [CHOWN]}'), errors: [{ line: 10, column: 22, endLine: 10, endColumn: 26, message: 'does not drop NET_RAW' }] },
    { name: 'adds NET_RAW back', code: pod('{drop: [ALL], add: [net_raw]}'), errors: [{ line: 10, column: 41, message: 'adds NET_RAW' }] },
    { name: 'empty capabilities', code: pod('{}'), errors: [{ line: 10, column: 7, message: 'does not drop' }] },
  ],
});
