import { ruleTester } from '../../ruleTester';

const pod = (port: number) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: ${port}
`;

ruleTester('privileged-ports', 'kubernetes', {
  valid: [pod(8080), pod(1024)],
  invalid: [
    { code: pod(80), errors: [{ line: 10, column: 22, endLine: 10, endColumn: 24, message: 'privileged port 80' }] },
    { code: pod(1023), errors: [{ line: 10, column: 22 }] },
  ],
});
