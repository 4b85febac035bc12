import { ruleTester } from '../../ruleTester';

const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
    - name: ${name}
      value: "1"
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('unsafe-sysctls', 'kubernetes', {
  valid: [pod('kernel.keys.maxkeys'), pod('vm.swappiness')],
  invalid: [
    { code: pod('net.core.somaxconn'), errors: [{ line: 8, column: 13, endLine: 8, endColumn: 31, message: 'net.core.somaxconn' }] },
    { code: pod('kernel.shmmax'), errors: [{ line: 8, column: 13 }] },
  ],
});
