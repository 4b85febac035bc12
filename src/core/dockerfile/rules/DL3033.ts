import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { reportUnpinnedRpm } from './rpmTools';

/** One list for every lint rather than a fresh array each time. */
const YUM = ['yum'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3033',
    title: 'Pin versions in yum install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `yum install` packages without a version (`name-<version>`) and modules without a stream (`name:<stream>`): unpinned packages make rebuilds differ.',
  },
  (context) => reportUnpinnedRpm(context, YUM),
);
