import { ruleTester } from '../../ruleTester';

const scc = (allowed: boolean) => `apiVersion: security.openshift.io/v1
kind: SecurityContextConstraints
metadata:
  name: app
allowPrivilegedContainer: ${allowed}
runAsUser:
  type: MustRunAsNonRoot
`;

ruleTester('scc-deny-privileged-container', 'kubernetes', {
  valid: [scc(false)],
  invalid: [{ code: scc(true), errors: [{ line: 5, column: 1, endLine: 5, endColumn: 31, message: 'allow privileged containers' }] }],
});
