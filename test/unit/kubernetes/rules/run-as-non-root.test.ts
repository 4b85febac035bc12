import { ruleTester } from '../../ruleTester';

const pod = (podSc: string, containerSc: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: ${podSc}
  containers:
  - name: web
    image: nginx:1.27
    securityContext: ${containerSc}
`;

ruleTester('run-as-non-root', 'kubernetes', {
  valid: [
    pod('{runAsNonRoot: true}', '{}'),
    pod('{}', '{runAsUser: 1000}'),
    { name: 'container inherits a non-zero user from the pod', code: pod('{runAsUser: 10001, runAsGroup: 10001}', '{}') },
  ],
  invalid: [
    {
      // Fuzz fixtures fix-idempotent-178tvgx / -138pi66: in a document that does not parse, the parser's
      // guess at the container map is not where appended text would land, so no fix is offered.
      name: 'a document with a YAML syntax error gets the finding but no fix',
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      initContainers:
        - name: prepare
          image: busybox
           command: [sh]
`,
      errors: [{ line: 9, column: 11 }],
      output: null,
    },
    { name: 'nothing set', code: pod('{}', '{}'), errors: [{ line: 8, column: 5, endLine: 8, endColumn: 14, message: 'runAsNonRoot: true' }] },
    { name: 'group 0 from the pod', code: pod('{runAsUser: 1000, runAsGroup: 0}', '{}'), errors: [{ line: 6, column: 50, message: 'group 0' }] },
    { name: 'runAsNonRoot with uid 0 contradicts itself', code: pod('{runAsNonRoot: true}', '{runAsUser: 0}'), errors: [{ line: 10, column: 34, message: 'will not start' }] },
    { name: 'runAsNonRoot false at container level overrides the pod', code: pod('{runAsNonRoot: true}', '{runAsNonRoot: false}'), errors: [{ line: 10, column: 37 }] },
    {
      name: 'fix adds the securityContext block',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
`,
      errors: [{ line: 7, column: 5 }],
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    securityContext:
      runAsNonRoot: true
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
`,
    },
  ],
});
