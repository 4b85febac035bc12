import { ruleTester } from '../../ruleTester';

const pod = (ports: string, probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports: ${ports}
    readinessProbe: ${probe}
`;

ruleTester('readiness-port', 'kubernetes', {
  valid: [
    pod('[{containerPort: 8080}]', '{httpGet: {path: /, port: 8080}}'),
    pod('[{name: http, containerPort: 8080}]', '{tcpSocket: {port: http}}'),
    { name: 'exec probes have no port', code: pod('[]', '{exec: {command: [true]}}') },
  ],
  invalid: [
    {
      name: 'number not declared',
      code: pod('[{containerPort: 8080}]', '{httpGet: {path: /, port: 9090}}'),
      errors: [{ line: 10, column: 47, message: 'port 9090' }],
    },
    {
      name: 'name not declared (UDP ports do not count)',
      code: pod('[{name: metrics, containerPort: 9090, protocol: UDP}]', '{grpc: {port: metrics}}'),
      errors: [{ line: 10, column: 35, message: 'port metrics' }],
    },
  ],
});
