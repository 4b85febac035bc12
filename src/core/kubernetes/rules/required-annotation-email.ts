import { kubeRule } from './kubeRule';
import { reportMissingMetadata } from './requiredMetadata';

export const requiredAnnotationEmail = kubeRule(
  {
    id: 'required-annotation-email',
    title: 'Object without an owner e-mail annotation',
    severity: 'info',
    summary: 'An e-mail annotation gives a contact for the workload that survives team renames and is readable with kubectl.',
  },
  (ctx) => reportMissingMetadata(ctx, 'annotations', /email/, /^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'has no annotation with an e-mail address; add one (e.g. email: team@example.com) so people know whom to contact.'),
);
