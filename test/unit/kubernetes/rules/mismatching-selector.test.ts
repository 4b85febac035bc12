import { ruleTester } from '../../ruleTester';

ruleTester('mismatching-selector', 'kubernetes', {
  valid: [
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
    matchExpressions: [{key: tier, operator: In, values: [front, back]}]
  template:
    metadata:
      labels: {app: web, tier: front, version: "2"}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
    {
      name: 'Jobs may leave the selector to the API',
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    metadata:
      labels: {app: once}
    spec:
      restartPolicy: Never
      containers:
      - name: once
        image: task:1
`,
    },
    {
      name: 'a kustomize patch without selector or labels is not judged',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        resources: {limits: {memory: 1Gi}}
`,
    },
  ],
  invalid: [
    {
      // Fuzz fixture fix-idempotent-1oomvh9: the selector block does not parse, so rewriting it is not offered.
      name: 'a document with a YAML syntax error gets the finding but no fix',
      code: `apiVersion: apps/v1
kind: Deployment
spec:
  selector:
      tier: backend
        <<: *base
  template:
    metadata:
      labels:
        app: redis
    spec:
      containers:`,
      errors: [{ line: 4, column: 3 }],
      output: null,
    },
    {
      name: 'label value differs: the selector is rewritten, its comment kept',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: website # must match
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 11, message: 'app=web, tier=front' }],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
      tier: front # must match
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
    },
    {
      name: 'missing selector on apps/v1: added',
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres:16
`,
      errors: [{ line: 5, column: 1, message: 'has no selector' }],
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
      - name: db
        image: postgres:16
  selector:
    matchLabels:
      app: db
`,
    },
    {
      name: 'matchExpressions that exclude the template: reported without a fix',
      code: `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web
spec:
  selector:
    matchExpressions: [{key: tier, operator: NotIn, values: [front]}]
  template:
    metadata:
      labels: {tier: front}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`,
      errors: [{ line: 6, column: 3, message: 'does not match' }],
      output: null,
    },
  ],
});
