import { ruleTester } from '../../ruleTester';

ruleTester('host-ipc', 'kubernetes', {
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
  ],
  invalid: [
    {
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      hostIPC: true
      restartPolicy: Never
      containers:
      - name: migrate
        image: migrate:2
`,
      errors: [{ line: 8, column: 7, endLine: 8, endColumn: 20, message: 'Job "migrate"' }],
    },
  ],
});
