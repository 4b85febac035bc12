import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const policy = (selector: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: web
spec:
  podSelector: ${selector}
  policyTypes: [Ingress]
`;

ruleTester('dangling-networkpolicy', 'kubernetes', {
  valid: [
    [deployment('web', '{app: web}'), policy('{matchLabels: {app: web}}')].join('---\n'),
    { name: 'empty selector selects every pod', code: [deployment('web', '{app: web}'), policy('{}')].join('---\n') },
    { name: 'pods in another file cannot be judged yet', code: policy('{matchLabels: {app: api}}') },
  ],
  invalid: [
    {
      code: [deployment('web', '{app: web}'), policy('{matchLabels: {app: api}}')].join('---\n'),
      errors: [{ line: 22, column: 3, endLine: 22, endColumn: 14, message: 'selects no pod template' }],
    },
  ],
});
