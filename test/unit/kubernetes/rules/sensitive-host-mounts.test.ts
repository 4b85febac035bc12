import { ruleTester } from '../../ruleTester';

const pod = (path: string) => `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  containers:
  - name: agent
    image: agent:1
    volumeMounts:
    - {name: host, mountPath: /host}
  volumes:
  - name: host
    hostPath: {path: ${path}}
`;

ruleTester('sensitive-host-mounts', 'kubernetes', {
  valid: [pod('/var/log'), pod('/etc/agent')],
  invalid: [
    { code: pod('/etc'), errors: [{ line: 13, column: 22, endLine: 13, endColumn: 26, message: "host's /etc" }] },
    { name: 'trailing slash', code: pod('/proc/'), errors: [{ line: 13, column: 22, message: '/proc/' }] },
    { name: 'root', code: pod('/'), errors: [{ line: 13, column: 22 }] },
  ],
});
