import { ruleTester } from '../ruleTester';

const deployment = (containerExtra: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
${containerExtra}`;

ruleTester('schema-unknown-field', 'kubernetes', {
  valid: [
    deployment('        ports:\n        - containerPort: 80\n          protocol: TCP\n'),
    { name: 'custom resources have no schema', code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  anything: goes\n' },
    { name: 'status is part of the schema', code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b}]\nstatus:\n  phase: Running\n' },
    { name: 'strategic-merge directives in a patch file', fileName: 'delete-loadgenerator.patch.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: loadgenerator\n$patch: delete\n' },
    { name: 'YAML merge keys are not fields', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: &m {name: a}\ndata:\n  k: v\n' },
  ],
  invalid: [
    {
      name: 'misspelt field with the suggestion as a fix',
      code: deployment('        ports:\n        - containerPort: 80\n          protocl: TCP\n'),
      errors: [{ line: 17, column: 11, endLine: 17, endColumn: 18, message: 'ContainerPort has no field "protocl". Did you mean "protocol"?' }],
      output: deployment('        ports:\n        - containerPort: 80\n          protocol: TCP\n'),
    },
    {
      name: 'wrong case',
      code: deployment('        imagepullpolicy: Always\n'),
      errors: [{ line: 15, column: 9, message: 'Did you mean "imagePullPolicy"?' }],
      output: deployment('        imagePullPolicy: Always\n'),
    },
    {
      name: 'field at the wrong level lists the known fields',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{port: 80}]\nselector:\n  app: web\n',
      errors: [{ line: 7, column: 1, endColumn: 9, message: /Service has no field "selector".*Known fields: apiVersion, kind, metadata, spec, status/ }],
      output: null,
    },
    {
      name: 'a field named like an Object property is still unknown',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  constructor: x\n',
      errors: [{ line: 5, column: 3, message: 'ObjectMeta has no field "constructor"' }],
    },
    {
      name: 'in the second document of a file, inside a List item',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n  dta: {k: v}\n',
      errors: [{ line: 11, column: 3, message: 'Did you mean "data"?' }],
    },
  ],
});
