import { ruleTester } from '../../ruleTester';

const pod = (mount: string) => `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
  - name: agent
    image: agent:1
    volumeMounts:
    - name: logs
      mountPath: /logs${mount}
    - name: scratch
      mountPath: /tmp
  volumes:
  - name: logs
    hostPath: {path: /var/log}
  - name: scratch
    emptyDir: {}
`;

ruleTester('writable-host-mount', 'kubernetes', {
  valid: [pod('\n      readOnly: true')],
  invalid: [{ code: pod(''), errors: [{ line: 10, column: 7, endLine: 10, endColumn: 17, message: '/var/log writable' }] }],
});
