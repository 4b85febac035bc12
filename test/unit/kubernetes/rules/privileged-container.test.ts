import { ruleTester } from '../../ruleTester';

ruleTester('privileged-container', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      privileged: false
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
  ephemeralContainers:
  - name: debug
    image: busybox:1.36
    securityContext:
      privileged: true
`,
      errors: [{ line: 13, column: 7, endLine: 13, endColumn: 23, message: 'Container "debug"' }],
      output: null,
    },
  ],
});
