import { ruleTester } from '../../ruleTester';

ruleTester('host-pid', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: false
  containers:
  - name: web
    image: nginx:1.27
`,
    {
      name: 'a CRD with the same field is not a workload',
      code: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  hostPID: true
`,
    },
  ],
  invalid: [
    {
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  selector:
    matchLabels: {app: db}
  serviceName: db
  template:
    metadata:
      labels: {app: db}
    spec:
      hostPID: true
      containers:
      - name: db
        image: postgres:16
`,
      errors: [{ line: 13, column: 7, endLine: 13, endColumn: 20, message: 'StatefulSet "db"' }],
      output: null,
    },
  ],
});
