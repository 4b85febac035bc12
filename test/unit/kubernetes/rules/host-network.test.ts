import { ruleTester } from '../../ruleTester';

ruleTester('host-network', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
`,
    {
      name: 'hostNetwork false',
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
      hostNetwork: false
      containers:
      - name: web
        image: nginx:1.27
`,
    },
  ],
  invalid: [
    {
      name: 'hostNetwork on a DaemonSet pod template',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: {app: agent}
  template:
    metadata:
      labels: {app: agent}
    spec:
      hostNetwork: true
      containers:
      - name: agent
        image: agent:1.0
`,
      errors: [{ line: 12, column: 7, endLine: 12, endColumn: 24, message: 'DaemonSet "agent"' }],
      output: null,
    },
    {
      name: 'bare Pod and CronJob in one file',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: a
spec:
  hostNetwork: true
  containers: [{name: a, image: a:1}]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: b
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          hostNetwork: true
          restartPolicy: OnFailure
          containers: [{name: b, image: b:1}]
`,
      errors: [{ line: 6, column: 3, message: 'Pod "a"' }, { line: 19, column: 11, message: 'CronJob "b"' }],
    },
  ],
});
