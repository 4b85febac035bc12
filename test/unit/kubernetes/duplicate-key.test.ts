import { ruleTester } from '../ruleTester';

ruleTester('duplicate-key', 'kubernetes', {
  valid: ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "1"\n  b: "2"\n'],
  invalid: [
    {
      name: 'repeated key: the whole second key',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: etcd\nspec:\n  selector:\n    matchLabels: {name: etcd}\n  replicas: 3\n  selector:\n    matchLabels: {name: etcd}\n',
      errors: [{ line: 9, column: 3, endLine: 9, endColumn: 11, message: 'Key "selector" is already set earlier in this mapping' }],
    },
    {
      name: 'in a nested list item of a later document',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: b\n    name: c\n',
      errors: [{ line: 12, column: 5, endColumn: 9 }],
    },
  ],
});
