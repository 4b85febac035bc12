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
      // Fuzz fixtures fix-idempotent-178tvgx / -138pi66: in a document that does not parse, the parser's
      // guess at the container map is not where appended text would land, so no fix is offered.
      name: 'a document with a YAML syntax error gets the finding but no fix',
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      initContainers:
        - name: prepare
          image: busybox
           command: [sh]
`,
      errors: [{ line: 9, column: 11 }],
      output: null,
    },
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
