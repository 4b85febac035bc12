import { ruleTester } from '../../ruleTester';

ruleTester('no-extensions-v1beta', 'kubernetes', {
  valid: [
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
spec:
  podSelector: {}
`,
  ],
  invalid: [
    {
      name: 'Deployment: apiVersion migrated and the required selector added from the template labels',
      code: `apiVersion: extensions/v1beta1 # old
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
        tier: "1"
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 31, message: 'migrate to apps/v1' }],
      output: `apiVersion: apps/v1 # old
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
        tier: "1"
    spec:
      containers:
      - name: web
        image: nginx:1.27
  selector:
    matchLabels:
      app: web
      tier: "1"
`,
    },
    {
      name: 'NetworkPolicy: only the apiVersion changes',
      code: `apiVersion: extensions/v1beta1
kind: NetworkPolicy
metadata:
  name: deny
spec:
  podSelector: {}
`,
      errors: [{ line: 1, column: 13, message: 'networking.k8s.io/v1' }],
      output: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny
spec:
  podSelector: {}
`,
    },
    {
      name: 'Ingress: backends changed shape, so no mechanical fix',
      code: `apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: web
spec:
  backend:
    serviceName: web
    servicePort: 80
`,
      errors: [{ line: 1, column: 13, message: 'networking.k8s.io/v1 for Ingress' }],
      output: null,
    },
  ],
});
