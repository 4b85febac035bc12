import { ruleTester } from '../../ruleTester';

ruleTester('unset-memory-requirements', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      limits: {memory: 256Mi}
`,
  ],
  invalid: [
    {
      name: 'requests only: a limits block is added',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      requests:
        cpu: 100m
`,
      errors: [{ line: 7, column: 5, message: 'no memory limit' }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      requests:
        cpu: 100m
      limits:
        memory: 128Mi
`,
    },
    {
      name: 'each container of a two-container pod',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init
    image: busybox:1.36
    resources: {limits: {memory: 0}}
  containers:
  - name: web
    image: nginx:1.27
`,
      errors: [
        { line: 9, column: 34, message: 'zero memory limit' },
        { line: 11, column: 5, message: 'no memory limit' },
      ],
    },
  ],
});
