import { ruleTester } from '../../ruleTester';
import { deployment } from '../fixtures/manifests';

const account = (name: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
`;

ruleTester('non-existent-service-account', 'kubernetes', {
  valid: [
    [account('web'), deployment('web', '{app: web}', '\n      serviceAccountName: web')].join('---\n'),
    { name: 'accounts in another file cannot be judged yet', code: deployment('web', '{app: web}', '\n      serviceAccountName: web') },
    { name: 'default needs no definition', code: [account('web'), deployment('web', '{app: web}', '\n      serviceAccountName: default')].join('---\n') },
  ],
  invalid: [
    {
      code: [account('web'), deployment('web', '{app: web}', '\n      serviceAccountName: api')].join('---\n'),
      errors: [{ line: 18, column: 27, endLine: 18, endColumn: 30, message: 'ServiceAccount "api"' }],
    },
    {
      name: 'the deprecated field is read too',
      code: [account('web'), deployment('web', '{app: web}', '\n      serviceAccount: api')].join('---\n'),
      errors: [{ line: 18, column: 23, message: '"api"' }],
    },
  ],
});
