import { ruleTester } from '../../ruleTester';
import { service } from '../fixtures/manifests';

const ingress = (backend: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: ${backend}
`;

ruleTester('dangling-ingress', 'kubernetes', {
  valid: [
    [service('web', '{app: web}'), ingress('{name: web, port: {number: 80}}')].join('---\n'),
    { name: 'port by name', code: [service('web', '{app: web}'), ingress('{name: web, port: {name: http}}')].join('---\n') },
    { name: 'Services in another file cannot be judged yet', code: ingress('{name: api, port: {number: 80}}') },
  ],
  invalid: [
    {
      name: 'unknown Service',
      code: [service('web', '{app: web}'), ingress('{name: api, port: {number: 80}}')].join('---\n'),
      errors: [{ line: 21, column: 27, endLine: 21, endColumn: 30, message: 'Service "api"' }],
    },
    {
      name: 'unknown port',
      code: [service('web', '{app: web}'), ingress('{name: web, port: {number: 8080}}')].join('---\n'),
      errors: [{ line: 21, column: 27, message: 'port 8080' }],
    },
    {
      name: 'old serviceName/servicePort form',
      code: [
        service('web', '{app: web}'),
        `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: old
spec:
  backend:
    serviceName: web
    servicePort: https
`,
      ].join('---\n'),
      errors: [{ line: 15, column: 18, message: 'port https' }],
    },
  ],
});
