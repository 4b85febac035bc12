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
