import { ruleTester } from '../../ruleTester';

const ingress = (tls: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:${tls}
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

ruleTester('ingress-missing-tls', 'kubernetes', {
  valid: [ingress('\n  tls:\n  - hosts: [shop.example.com]\n    secretName: shop-tls')],
  invalid: [
    { code: ingress(''), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 5, message: 'plain HTTP' }] },
    { name: 'an empty tls list', code: ingress('\n  tls: []'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 6 }] },
  ],
});
