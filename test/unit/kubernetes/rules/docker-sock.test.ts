import { ruleTester } from '../../ruleTester';

ruleTester('docker-sock', 'kubernetes', {
  valid: [
    {
      name: 'volume declared but not mounted',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: ci
spec:
  containers:
  - name: ci
    image: ci:1
  volumes:
  - name: sock
    hostPath: {path: /var/run/docker.sock}
`,
    },
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: ci
spec:
  containers:
  - name: ci
    image: ci:1
    volumeMounts:
    - name: sock
      mountPath: /var/run/docker.sock
  volumes:
  - name: sock
    hostPath:
      path: /var/run/docker.sock
`,
      errors: [{ line: 15, column: 13, endLine: 15, endColumn: 33, message: 'Docker socket' }],
    },
  ],
});
