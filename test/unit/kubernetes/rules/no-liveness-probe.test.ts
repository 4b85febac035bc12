import { ruleTester } from '../../ruleTester';

ruleTester('no-liveness-probe', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init
    image: busybox:1.36
  containers:
  - name: web
    image: nginx:1.27
    livenessProbe:
      tcpSocket: {port: 80}
`,
    {
      name: 'Jobs and CronJobs run to completion: no probes expected',
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: once
        image: task:1
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: nightly
            image: task:1
`,
    },
  ],
  invalid: [
    {
      name: 'skeleton aimed at the first declared port',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: http
      containerPort: 8080
`,
      errors: [{ line: 7, column: 5, endLine: 7, endColumn: 14, message: 'no livenessProbe' }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: http
      containerPort: 8080
    livenessProbe:
      httpGet:
        path: /healthz # TODO: the endpoint that answers when the app is alive
        port: http
      periodSeconds: 10
`,
    },
  ],
});
