import { ruleTester } from '../../ruleTester';

ruleTester('no-readiness-probe', 'kubernetes', {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    readinessProbe:
      httpGet: {path: /ready, port: 80}
`,
  ],
  invalid: [
    {
      name: 'skeleton with the default port when none is declared',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: web
`,
      errors: [{ line: 16, column: 9, message: 'no readinessProbe' }],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: web
        readinessProbe:
          httpGet:
            path: /ready # TODO: the endpoint that answers when the app can take traffic
            port: 8080
          periodSeconds: 10
`,
    },
  ],
});
