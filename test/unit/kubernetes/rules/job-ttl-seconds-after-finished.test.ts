import { ruleTester } from '../../ruleTester';

ruleTester('job-ttl-seconds-after-finished', 'kubernetes', {
  valid: [
    `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  ttlSecondsAfterFinished: 3600
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: once
        image: task:1
`,
    {
      name: 'a CronJob without a TTL in its template',
      code: `apiVersion: batch/v1
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
      ttlSecondsAfterFinished: 60
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: nightly
            image: task:1
`,
      errors: [
        { line: 5, column: 1, endLine: 5, endColumn: 5, message: 'Job "once" has no spec.ttlSecondsAfterFinished' },
        { line: 21, column: 7, endLine: 21, endColumn: 34, message: 'CronJob "nightly"' },
      ],
    },
  ],
});
