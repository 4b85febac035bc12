import { ruleTester } from '../../ruleTester';
import { service } from '../fixtures/manifests';

const monitor = (spec: string) => `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  endpoints: [{port: http}]
  ${spec}
`;

const labelled = service('web', '{app: web}').replace('  name: web\n', '  name: web\n  labels: {app: web}\n');

ruleTester('dangling-servicemonitor', 'kubernetes', {
  valid: [
    [labelled, monitor('selector: {matchLabels: {app: web}}')].join('---\n'),
    { name: 'Services in another file cannot be judged yet', code: monitor('selector: {matchLabels: {app: api}}') },
  ],
  invalid: [
    { name: 'no selector at all', code: monitor('jobLabel: web'), errors: [{ line: 5, column: 1, message: 'neither selector.matchLabels nor namespaceSelector' }] },
    { name: 'matches no Service', code: [labelled, monitor('selector: {matchLabels: {app: api}}')].join('---\n'), errors: [{ line: 16, column: 3, endLine: 16, endColumn: 11, message: 'matches no Service' }] },
  ],
});
