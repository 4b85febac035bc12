import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const policy = (peer: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db
spec:
  podSelector: {}
  ingress:
  - from:
    - ${peer}
`;

ruleTester('dangling-networkpolicypeer-podselector', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), policy('podSelector: {matchLabels: {app: web}}')].join('---\n'),
    { name: 'a namespaceSelector points at pods elsewhere', code: [deployment('web', '{app: web}'), policy('{podSelector: {matchLabels: {app: api}}, namespaceSelector: {}}')].join('---\n') },
  ],
  invalid: [
    {
      code: [deployment('web', '{app: web}'), policy('podSelector: {matchLabels: {app: api}}')].join('---\n'),
      errors: [{ line: 25, column: 7, endLine: 25, endColumn: 18, message: 'A peer of NetworkPolicy "db"' }],
    },
  ],
});
