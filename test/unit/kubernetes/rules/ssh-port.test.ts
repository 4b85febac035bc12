import { ruleTester } from '../../ruleTester';

const pod = (port: string) => `apiVersion: v1
kind: Pod
metadata:
  name: box
spec:
  containers:
  - name: box
    image: box:1
    ports:
    - ${port}
`;

ruleTester('ssh-port', 'kubernetes', {
  valid: [pod('{containerPort: 2222}'), { name: 'UDP 22 is not SSH', code: pod('{containerPort: 22, protocol: UDP}') }],
  invalid: [
    { code: pod('{containerPort: 22}'), errors: [{ line: 10, column: 23, endLine: 10, endColumn: 25, message: 'port 22' }] },
    { code: pod('{containerPort: 22, protocol: TCP}'), errors: [{ line: 10, column: 23 }] },
  ],
});
