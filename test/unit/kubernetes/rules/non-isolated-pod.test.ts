import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const policy = (selector: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
spec:
  podSelector: ${selector}
`;

ruleTester('non-isolated-pod', 'kubernetes', {
  valid: [[deployment('web', '{app: web}'), policy('{matchLabels: {app: web}}')].join('---\n'), [deployment('web', '{app: web}'), policy('{}')].join('---\n')],
  invalid: [
    { code: [deployment('web', '{app: web}'), policy('{matchLabels: {app: api}}')].join('---\n'), errors: [{ line: 11, column: 7, endLine: 11, endColumn: 13, message: 'selected by no NetworkPolicy' }] },
    { name: 'no policy at all', code: deployment('web', '{app: web}'), errors: [{ line: 11, column: 7 }] },
  ],
});
