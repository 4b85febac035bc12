import { ruleTester } from '../../ruleTester';

const pod = (port: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - ${port}
`;

ruleTester('host-port', 'kubernetes', {
  valid: [pod('{containerPort: 80}'), pod('{containerPort: 80, hostPort: 0}')],
  invalid: [{ code: pod('{containerPort: 80, hostPort: 8080}'), errors: [{ line: 10, column: 27, endLine: 10, endColumn: 41, message: 'host port 8080' }] }],
});
