import { ruleTester } from '../../ruleTester';

ruleTester('duplicate-env-var', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - {name: A, value: "1"}
  - name: side
    image: side:1
    env:
    - {name: A, value: "2"}
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - name: LOG_LEVEL
      value: debug
    - name: PORT
      value: "80"
    - name: LOG_LEVEL
      value: info
    - name: LOG_LEVEL
      value: warn
`,
      errors: [{ line: 14, column: 13, endLine: 14, endColumn: 22, message: 'LOG_LEVEL more than once' }],
    },
  ],
});
