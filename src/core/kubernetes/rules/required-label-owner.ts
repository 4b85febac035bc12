import { kubeRule } from './kubeRule';
import { reportMissingMetadata } from './requiredMetadata';

export const requiredLabelOwner = kubeRule(
  {
    id: 'required-label-owner',
    title: 'Object without an owner label',
    severity: 'info',
    summary: 'An owner label tells whoever is paged at night which team to call about this workload.',
  },
  (ctx) => reportMissingMetadata(ctx, 'labels', /owner/, /^/, 'has no owner label; add one (e.g. owner: team-payments) so people know who runs it.'),
);
