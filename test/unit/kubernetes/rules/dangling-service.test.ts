import { ruleTester } from '../../ruleTester';
import { deployment, service } from '../fixtures/manifests';

ruleTester('dangling-service', 'kubernetes', {
  valid: [
    { name: 'selector matches a Deployment', code: [deployment('web', '{app: web, tier: front}'), service('web', '{app: web}')].join('---\n') },
    { name: 'pods in another file cannot be judged yet', code: service('web', '{app: web}') },
    { name: 'ExternalName needs no selector', code: service('db', '{}', '[]', '\n  type: ExternalName\n  externalName: db.example.com') },
    {
      name: 'a StatefulSet pod picked by its controller-added pod-name label',
      code: [deployment('redis', '{app: redis}'), service('redis-0', '{app: redis, statefulset.kubernetes.io/pod-name: redis-0}')].join('---\n'),
    },
    { name: 'pods only in other namespaces cannot be judged yet', code: [deployment('web', '{app: web}', '', 'shop'), service('web', '{app: api}').replace('  name: web\n', '  name: web\n  namespace: blog\n')].join('---\n') },
    { name: 'a namespace-less Service matches pods of any namespace', code: [deployment('web', '{app: web}', '', 'shop'), service('web', '{app: web}')].join('---\n') },
  ],
  invalid: [
    {
      name: 'selector value differs from the pod labels',
      code: [deployment('web', '{app: web}'), service('web', '{app: frontend}')].join('---\n'),
      errors: [{ line: 22, column: 3, endLine: 22, endColumn: 11, message: 'app=frontend' }],
    },
    {
      name: 'the matching pods are in another namespace',
      code: [
        deployment('web', '{app: web}', '', 'shop'),
        deployment('blog', '{app: blog}', '', 'blog'),
        service('web', '{app: web}').replace('  name: web\n', '  name: web\n  namespace: blog\n'),
      ].join('---\n'),
      errors: [{ line: 41, column: 3, message: 'matches no pod template' }],
    },
    { name: 'no selector at all', code: service('web', '{}'), errors: [{ line: 6, column: 3, endLine: 6, endColumn: 11, message: 'has no selector' }] },
  ],
});
