import { ruleTester } from '../ruleTester';

ruleTester('schema-enum', 'kubernetes', {
  valid: [
    'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: NodePort\n  ports: [{port: 80, protocol: UDP}]\n',
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n',
  ],
  invalid: [
    {
      name: 'misspelt enum value with a fix',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: b:1\n    imagePullPolicy: Alwayz\n',
      errors: [{ line: 8, column: 22, endColumn: 28, message: 'imagePullPolicy does not accept "Alwayz". Allowed: Always, IfNotPresent, Never. Did you mean Always?' }],
      output: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: b:1\n    imagePullPolicy: Always\n',
    },
    {
      name: 'Service type in lower case',
      code: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: nodeport\n  ports: [{port: 80}]\n',
      errors: [{ line: 5, column: 9, message: 'Did you mean NodePort?' }],
    },
    {
      name: 'each item of an enum list',
      code: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: c}\nspec:\n  accessModes: [ReadWriteOnce, ReadWriteAll]\n',
      errors: [{ line: 5, column: 32, message: 'accessModes[1] does not accept "ReadWriteAll"' }],
    },
  ],
});
