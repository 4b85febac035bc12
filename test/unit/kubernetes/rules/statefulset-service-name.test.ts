import { ruleTester } from '../../ruleTester';
import { service } from '../fixtures/manifests';

const sts = (serviceName: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  ${serviceName}
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres:16
`;

const headless = service('db', '{app: db}', '[{port: 5432}]', '\n  clusterIP: None');

ruleTester('statefulset-service-name', 'kubernetes', {
  valid: [[headless, sts('serviceName: db')].join('---\n'), { name: 'Services in another file cannot be judged yet', code: sts('serviceName: db') }],
  invalid: [
    { name: 'not headless', code: [service('db', '{app: db}', '[{port: 5432}]'), sts('serviceName: db')].join('---\n'), errors: [{ line: 14, column: 16, endLine: 14, endColumn: 18, message: 'not headless' }] },
    { name: 'unknown Service', code: [headless, sts('serviceName: database')].join('---\n'), errors: [{ line: 15, column: 16, message: 'Service "database"' }] },
    { name: 'no serviceName', code: [headless, sts('replicas: 1')].join('---\n'), errors: [{ line: 14, column: 1, message: 'no serviceName' }] },
  ],
});
