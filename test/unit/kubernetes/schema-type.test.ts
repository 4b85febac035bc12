import { ruleTester } from '../ruleTester';

const pod = (container: string, podExtra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${podExtra}  containers:
  - name: app
    image: app:1.0
${container}`;

ruleTester('schema-type', 'kubernetes', {
  valid: [
    pod('    env:\n    - name: DEBUG\n      value: "yes"\n    resources:\n      limits: {cpu: 500m, memory: 128Mi}\n      requests: {cpu: 0.25, memory: 1e9}\n'),
    pod('    ports:\n    - containerPort: 8080\n    livenessProbe:\n      httpGet: {path: /, port: http}\n'),
    { name: 'YAML 1.1 booleans are booleans to Kubernetes', code: pod('    stdin: yes\n    tty: on\n') },
    { name: 'an empty value counts as unset', code: pod('    args:\n') },
  ],
  invalid: [
    {
      name: 'quoted integer',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: "3"\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: [{name: a, image: b}]\n',
      errors: [{ line: 5, column: 13, endColumn: 16, message: 'replicas must be an integer, not the string "3". Remove the quotes: 3.' }],
    },
    {
      name: 'number where a string is expected (env value, label value)',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    version: 1.0\nspec:\n  containers:\n  - name: app\n    image: app:1.0\n    env:\n    - name: PORT\n      value: 8080\n',
      errors: [
        { line: 6, column: 14, endColumn: 17, message: 'labels.version must be a string, not the number 1.0. Quote it: "1.0".' },
        { line: 13, column: 14, endColumn: 18, message: 'value must be a string, not the number 8080' },
      ],
    },
    {
      name: 'YAML 1.1 boolean word in a string field',
      code: pod('    env:\n    - name: DEBUG\n      value: yes\n'),
      errors: [{ line: 11, column: 14, endColumn: 17, message: 'Kubernetes reads an unquoted yes as a boolean (YAML 1.1); quote it: "yes".' }],
    },
    {
      name: 'malformed quantity',
      code: pod('    resources:\n      limits:\n        memory: 512MB\n'),
      errors: [{ line: 11, column: 17, endColumn: 22, message: '"512MB" is not a Kubernetes quantity for limits.memory' }],
    },
    {
      name: 'mapping where a list is expected',
      code: pod('    ports:\n      containerPort: 80\n'),
      errors: [{ line: 10, column: 7, message: 'ports must be a list of ContainerPort, not a mapping.' }],
    },
    {
      name: 'string for a boolean',
      code: pod('', '  hostNetwork: "true"\n'),
      errors: [{ line: 6, column: 16, message: 'hostNetwork must be a boolean, not the string "true". Write true or false without quotes.' }],
    },
  ],
});
