import { ruleTester } from '../../ruleTester';

const pod = (image: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: ${image}
`;

ruleTester('latest-tag', 'kubernetes', {
  valid: [
    pod('nginx:1.27'),
    pod('registry.example.com:5000/team/app:2.1.0'),
    pod('nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    { name: 'template placeholders are left alone', code: pod('"{{ image }}"') },
  ],
  invalid: [
    { name: 'explicit latest', code: pod('nginx:latest'), errors: [{ line: 8, column: 12, endLine: 8, endColumn: 24, message: '"latest" tag' }], output: null },
    { name: 'no tag', code: pod('nginx'), errors: [{ line: 8, column: 12, message: 'has no tag' }] },
    { name: 'registry port is not a tag', code: pod('registry.example.com:5000/app'), errors: [{ line: 8, column: 12, message: 'has no tag' }] },
    {
      name: 'init containers are checked too',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: init
    image: busybox
  containers:
  - name: web
    image: nginx:1.27
`,
      errors: [{ line: 8, column: 12, message: '"busybox"' }],
    },
  ],
});
