import { ruleTester } from '../../ruleTester';

const cron = (deadline: string) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"${deadline}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: nightly
            image: task:1
`;

ruleTester('cronjob-starting-deadline', 'kubernetes', {
  valid: [cron('\n  startingDeadlineSeconds: 200')],
  invalid: [{ code: cron(''), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'no spec.startingDeadlineSeconds' }] }],
});
