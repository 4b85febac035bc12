import { ruleTester } from '../../ruleTester';

const pod = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - name: ${name}
      containerPort: 8080
`;

const service = (targetPort: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: ${targetPort}
`;

ruleTester('invalid-target-ports', 'kubernetes', {
  valid: [pod('http'), pod('grpc-web2'), service('8080'), service('http-alt'), service('0')],
  invalid: [
    { name: 'too long', code: pod('http-management-port'), errors: [{ line: 10, column: 13, endLine: 10, endColumn: 33, message: 'longer than 15' }] },
    { name: 'upper case', code: pod('HTTP'), errors: [{ line: 10, column: 13, message: 'lower-case' }] },
    { name: 'digits only', code: pod('"8080"'), errors: [{ line: 10, column: 13, message: 'at least one letter' }] },
    { name: 'double dash', code: pod('web--ui'), errors: [{ line: 10, column: 13, message: '"--"' }] },
    { name: 'service port out of range', code: service('70000'), errors: [{ line: 9, column: 17, endLine: 9, endColumn: 22, message: 'outside 1-65535' }] },
    { name: 'service port name with underscore', code: service('http_alt'), errors: [{ line: 9, column: 17, message: 'lower-case letters' }] },
  ],
});
