import { ruleTester } from '../../ruleTester';

const pod = (mount: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      procMount: ${mount}
`;

ruleTester('unsafe-proc-mount', 'kubernetes', {
  valid: [pod('Default')],
  invalid: [{ code: pod('Unmasked'), errors: [{ line: 10, column: 7, endLine: 10, endColumn: 26, message: 'Unmasked' }] }],
});
