import { ruleTester } from '../../ruleTester';

ruleTester('no-read-only-root-fs', 'kubernetes', {
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
      readOnlyRootFilesystem: true
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
      name: 'no securityContext: the whole hardened block is added after the last key, comments kept',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web # the API
          image: nginx:1.27
          args:
            - --port=8080
        # the sidecar
        - name: proxy
          image: envoy:1.30
          securityContext:
            readOnlyRootFilesystem: true
`,
      errors: [{ line: 13, column: 11, endLine: 13, endColumn: 20, message: 'Container "web"' }],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web # the API
          image: nginx:1.27
          args:
            - --port=8080
          securityContext:
            runAsNonRoot: true
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
        # the sidecar
        - name: proxy
          image: envoy:1.30
          securityContext:
            readOnlyRootFilesystem: true
`,
    },
    {
      name: 'explicit false is replaced in place',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      readOnlyRootFilesystem: false
`,
      errors: [{ line: 10, column: 7, endLine: 10, endColumn: 36 }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      readOnlyRootFilesystem: true
`,
    },
    {
      name: 'existing securityContext gets only the missing key; CRLF line endings kept',
      code: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: web\r\n    image: nginx:1.27\r\n    securityContext:\r\n      runAsNonRoot: true\r\n',
      errors: [{ line: 7, column: 5 }],
      output: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: web\r\nspec:\r\n  containers:\r\n  - name: web\r\n    image: nginx:1.27\r\n    securityContext:\r\n      runAsNonRoot: true\r\n      readOnlyRootFilesystem: true\r\n',
    },
    {
      name: 'empty securityContext {} is expanded; file without a final newline',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext: {}`,
      errors: [{ line: 7, column: 5 }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      readOnlyRootFilesystem: true`,
    },
    {
      name: 'flow-style container: reported, no fix',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers: [{name: web, image: "nginx:1.27"}]
`,
      errors: [{ line: 6, column: 17 }],
      output: null,
    },
  ],
});
