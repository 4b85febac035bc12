import { ruleTester } from '../ruleTester';

ruleTester('schema-required', 'kubernetes', {
  valid: [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: [{name: a, image: b}]\n',
    { name: 'a Kustomize patch may leave required fields out', fileName: 'replicas-patch.yaml', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 3\n' },
    {
      name: 'a strategic-merge patch in a base folder: no selector, no image',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: repo-server\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: repo-server\n        args: [--debug]\n',
    },
    {
      name: 'listed as a patch in the kustomization beside it',
      fileName: '/repo/overlay/replicas.yaml',
      host: { readFile: (p: string) => (p === '/repo/overlay/kustomization.yaml' ? 'patches:\n- path: replicas.yaml\n' : undefined) },
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: b\n',
    },
  ],
  invalid: [
    {
      name: 'the seed chapter example: a Deployment without a selector',
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: mcp-server\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: mcp\n        image: myregistry/mcp-server:1.0\n',
      errors: [{ line: 5, column: 1, endColumn: 5, message: 'Missing required field "selector" (LabelSelector) in DeploymentSpec.' }],
    },
    {
      name: 'container without a name: on the item\'s first key',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - image: nginx:1.27\n    ports: [{containerPort: 80}]\n',
      errors: [{ line: 6, column: 5, endColumn: 10, message: 'Missing required field "name" (string) in Container.' }],
    },
    {
      name: 'pod without containers',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Never\n',
      errors: [{ line: 4, column: 1, message: 'Missing required field "containers"' }],
    },
  ],
});
