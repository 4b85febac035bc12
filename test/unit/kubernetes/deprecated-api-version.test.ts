import { ruleTester } from '../ruleTester';

ruleTester('deprecated-api-version', 'kubernetes', {
  valid: [
    'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: e}\naddressType: IPv4\nendpoints: []\n',
    { name: 'before the deprecation release', code: 'apiVersion: v1\nkind: Endpoints\nmetadata: {name: e}\n', config: (c) => (c.kubernetes.targetVersion = '1.30') },
    { name: 'once removed, removed-api-version reports it instead', code: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n' },
  ],
  invalid: [
    {
      name: 'deprecated but still served',
      code: 'apiVersion: v1\nkind: Endpoints\nmetadata: {name: e}\n',
      errors: [{ line: 1, column: 13, endColumn: 15, message: 'v1 Endpoints is deprecated since Kubernetes 1.33. Use discovery.k8s.io/v1.' }],
    },
    {
      name: 'beta API between deprecation and removal at the target version',
      code: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}\n',
      config: (c) => (c.kubernetes.targetVersion = '1.22'),
      errors: [{ line: 1, column: 13, message: 'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and stops being served in 1.25. Use batch/v1.' }],
      output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\n',
    },
  ],
});
