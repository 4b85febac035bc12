import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const pod = (labels: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    ${labels}
spec:
  containers: [{name: web, image: "nginx:1.27"}]
`;

ruleTester('invalid-label-value', 'kubernetes', {
  valid: [
    pod('app.kubernetes.io/name: web'),
    pod('version: v1.2.3_build-4'),
    pod('empty: ""'),
    { name: 'numbers are the schema check\'s business', code: pod('tier: 1') },
  ],
  invalid: [
    { name: 'plus sign', code: pod('version: 1.0+build'), errors: [{ line: 6, column: 14, endLine: 6, endColumn: 23, message: 'replace the other characters' }] },
    { name: 'too long', code: pod(`commit: ${'a'.repeat(64)}`), errors: [{ line: 6, column: 13, message: 'longer than 63' }] },
    { name: 'trailing dash', code: pod('team: payments-'), errors: [{ line: 6, column: 11, message: 'start and end' }] },
    { name: 'upper-case key prefix', code: pod('Example.com/team: payments'), errors: [{ line: 6, column: 5, endLine: 6, endColumn: 21, message: 'DNS subdomain' }] },
    {
      name: 'pod template and selector too',
      code: deployment('web', '{app: "web site"}'),
      errors: [
        { line: 8, column: 24, message: 'the selector of Deployment "web"' },
        { line: 11, column: 21, message: 'the pod template of Deployment "web"' },
      ],
    },
  ],
});
