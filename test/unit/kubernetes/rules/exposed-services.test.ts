import { ruleTester } from '../../ruleTester';

const service = (type: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${type}
  selector: {app: web}
  ports: [{port: 80}]
`;

ruleTester('exposed-services', 'kubernetes', {
  valid: [service('ClusterIP'), service('ExternalName')],
  invalid: [
    { code: service('NodePort'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 17, message: 'NodePort' }] },
    { code: service('LoadBalancer'), errors: [{ line: 6, column: 3, message: 'LoadBalancer' }] },
  ],
});
