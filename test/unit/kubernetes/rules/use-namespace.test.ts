import { ruleTester } from '../../ruleTester';

ruleTester('use-namespace', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector: {app: web}
  ports: [{port: 80}]
`,
    {
      name: 'ConfigMaps are not checked',
      code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data: {}
`,
    },
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: default
spec:
  containers:
  - name: web
    image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports: [{port: 80}]
`,
      errors: [
        { line: 5, column: 3, endLine: 5, endColumn: 21, message: 'default namespace' },
        { line: 13, column: 1, endLine: 13, endColumn: 9, message: 'no metadata.namespace' },
      ],
    },
  ],
});
