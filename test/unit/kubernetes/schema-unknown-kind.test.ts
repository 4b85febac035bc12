import { ruleTester } from '../ruleTester';

ruleTester('schema-unknown-kind', 'kubernetes', {
  valid: [
    'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n      containers: [{name: a, image: b}]\n',
    { name: 'custom resource group', code: 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: m}\n' },
    { name: 'alpha and beta versions may serve kinds the schema lacks', code: 'apiVersion: resource.k8s.io/v1beta1\nkind: DeviceClass\nmetadata: {name: d}\n' },
  ],
  invalid: [
    {
      name: 'Deployment in the core group',
      code: 'apiVersion: v1\nkind: Deployment\nmetadata: {name: d}\n',
      errors: [{ line: 1, column: 13, endColumn: 15, message: 'Deployment is not served by v1; it belongs to apps/v1. Set apiVersion: apps/v1.' }],
      output: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n',
    },
    {
      name: 'misspelt kind',
      code: 'apiVersion: v1\nkind: ConfigMapp\nmetadata: {name: c}\n',
      errors: [{ line: 2, column: 7, endColumn: 17, message: 'Did you mean ConfigMap?' }],
      output: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
    },
    {
      name: 'a kind that only ever existed in removed versions',
      code: 'apiVersion: policy/v1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n',
      errors: [{ line: 1, column: 13, message: 'policy/v1 never served PodSecurityPolicy; it existed only as extensions/v1beta1, policy/v1beta1' }],
    },
  ],
});
