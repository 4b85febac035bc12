import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { DNF_TOOLS, reportUnpinnedRpm } from './rpmTools';

export default defineRule<Dockerfile>(
  {
    id: 'DL3041',
    title: 'Pin versions in dnf install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `dnf install` (and `microdnf install`) packages without a version (`name-<version>`) and modules without a stream: unpinned packages make rebuilds differ.',
  },
  (context) => reportUnpinnedRpm(context, DNF_TOOLS),
);
