import { ruleTester } from '../../ruleTester';

const pod = (dns: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  ${dns}
  containers:
  - name: web
    image: nginx:1.27
`;

ruleTester('dnsconfig-options', 'kubernetes', {
  valid: [pod('dnsConfig: {options: [{name: ndots, value: "2"}]}')],
  invalid: [
    { name: 'no dnsConfig', code: pod('hostname: web'), errors: [{ line: 5, column: 1, message: 'ndots "2"' }] },
    { name: 'other ndots value', code: pod('dnsConfig: {options: [{name: ndots, value: "5"}]}'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 12 }] },
  ],
});
