import { ruleTester } from '../ruleTester';

const oldDeployment = 'apiVersion: apps/v1beta2\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata:\n      labels:\n        app: d\n    spec:\n      containers: [{name: a, image: b}]\n';

ruleTester('removed-api-version', 'kubernetes', {
  valid: [
    'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: b}]}}}}\n',
    { name: 'extensions/v1beta1 is left to kube-linter\'s no-extensions-v1beta, so it is reported once', code: 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  backend: {serviceName: s, servicePort: 80}\n' },
    { name: 'still served at an older target version', code: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n', config: (c) => (c.kubernetes.targetVersion = '1.24') },
  ],
  invalid: [
    {
      name: 'removed workload API, migrated with the selector apps/v1 requires',
      code: oldDeployment,
      errors: [{ line: 1, column: 13, endColumn: 25, message: 'apps/v1beta2 Deployment was removed in Kubernetes 1.16' }],
      output: oldDeployment.replace('apps/v1beta2', 'apps/v1').replace('spec:\n  template:', 'spec:\n  template:').replace(/(containers: \[\{name: a, image: b\}\]\n)$/, '$1  selector:\n    matchLabels:\n      app: d\n'),
    },
    {
      name: 'PodDisruptionBudget at the configured target',
      code: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  minAvailable: 1\n',
      config: (c) => (c.kubernetes.targetVersion = '1.25'),
      errors: [{ line: 1, column: 13, message: 'removed in Kubernetes 1.25 (deprecated since 1.21); the target version is 1.25. Use policy/v1.' }],
      output: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  minAvailable: 1\n',
    },
    {
      name: 'no mechanical fix where the schema changed (Ingress backends)',
      code: 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata: {name: i}\nspec:\n  backend: {serviceName: s, servicePort: 80}\n',
      errors: [{ line: 1, column: 13, message: 'Use networking.k8s.io/v1.' }],
      output: null,
    },
  ],
});
