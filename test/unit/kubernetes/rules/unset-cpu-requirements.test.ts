import { ruleTester } from '../../ruleTester';

ruleTester('unset-cpu-requirements', 'kubernetes', {
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
      requests: {cpu: 250m}
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
      name: 'no resources: the placeholder block is added',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 8080
`,
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 14, message: 'no CPU request' }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: 8080
    resources: # placeholders: size them from observed usage
      requests:
        cpu: 100m
        memory: 128Mi
      limits:
        memory: 128Mi
`,
    },
    {
      name: 'limits only: requests are added beside them',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      limits:
        memory: 256Mi
`,
      errors: [{ line: 7, column: 5 }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    resources:
      limits:
        memory: 256Mi
      requests:
        cpu: 100m
`,
    },
    {
      name: 'a zero request is reported on the value and replaced',
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
        cpu: "0"
        memory: 64Mi
`,
      errors: [{ line: 11, column: 14, endLine: 11, endColumn: 17, message: 'zero CPU' }],
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
        memory: 64Mi
`,
    },
  ],
});
