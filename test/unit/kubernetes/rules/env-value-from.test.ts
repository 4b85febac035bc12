import { ruleTester } from '../../ruleTester';

const pod = (ref: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    env:
    - name: LEVEL
      valueFrom:
        ${ref}
`;

const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  level: debug
`;

const secret = `apiVersion: v1
kind: Secret
metadata:
  name: creds
stringData:
  token: abc
`;

ruleTester('env-value-from', 'kubernetes', {
  valid: [
    [configMap, pod('configMapKeyRef: {name: settings, key: level}')].join('---\n'),
    [secret, pod('secretKeyRef: {name: creds, key: token}')].join('---\n'),
    { name: 'optional references may be missing', code: [configMap, pod('configMapKeyRef: {name: other, key: level, optional: true}')].join('---\n') },
    { name: 'ConfigMaps in another file cannot be judged yet', code: pod('configMapKeyRef: {name: other, key: level}') },
  ],
  invalid: [
    {
      name: 'missing key',
      code: [configMap, pod('configMapKeyRef: {name: settings, key: verbosity}')].join('---\n'),
      errors: [{ line: 19, column: 48, endLine: 19, endColumn: 57, message: 'no key "verbosity"' }],
    },
    {
      name: 'missing Secret',
      code: [secret, pod('secretKeyRef: {name: credentials, key: token}')].join('---\n'),
      errors: [{ line: 19, column: 30, endLine: 19, endColumn: 41, message: 'Secret "credentials"' }],
    },
  ],
});
