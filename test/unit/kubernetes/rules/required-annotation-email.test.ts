import { ruleTester } from '../../ruleTester';

const pod = (annotations: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations: ${annotations}
spec:
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('required-annotation-email', 'kubernetes', {
  valid: [pod('{email: team@example.com}'), pod('{owner-email: "ops@example.org"}')],
  invalid: [
    { name: 'not an address', code: pod('{email: payments-team}'), errors: [{ line: 5, column: 3, endLine: 5, endColumn: 14, message: 'e-mail address' }] },
    { name: 'no annotations', code: pod('{}'), errors: [{ line: 5, column: 3 }] },
  ],
});
