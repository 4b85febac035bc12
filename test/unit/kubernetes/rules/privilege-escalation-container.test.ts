import { ruleTester } from '../../ruleTester';

ruleTester('privilege-escalation-container', 'kubernetes', {
  valid: [
    {
      name: 'unset is not flagged (kube-linter semantics)',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
`,
    },
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        add: [NET_BIND_SERVICE]
`,
  ],
  invalid: [
    {
      name: 'allowPrivilegeEscalation true, with a fix that keeps the comment',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      allowPrivilegeEscalation: true # needed?
`,
      errors: [{ line: 10, column: 7, endLine: 10, endColumn: 37, message: 'allowPrivilegeEscalation: false' }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      allowPrivilegeEscalation: false # needed?
`,
    },
    {
      name: 'privileged and CAP_SYS_ADMIN',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      privileged: true
      capabilities:
        add: ["CAP_SYS_ADMIN"]
`,
      errors: [
        { line: 10, column: 7, message: 'is privileged' },
        { line: 12, column: 15, message: 'SYS_ADMIN' },
      ],
    },
  ],
});
