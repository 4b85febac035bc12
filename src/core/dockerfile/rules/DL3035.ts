import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { invocations, ZYPPER } from './packageManagers';
import { code } from './shellReports';

export default defineRule<Dockerfile>(
  {
    id: 'DL3035',
    title: 'Do not use zypper dist-upgrade',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `zypper dist-upgrade`: moving the whole distribution to a new release inside a build belongs to the base image, and makes rebuilds unpredictable.',
  },
  (context) => {
    for (const inv of invocations(context.model, ['zypper'], ZYPPER, ['dist-upgrade', 'dup'])) {
      context.report({
        range: inv.sub.range,
        message: `Do not run ${code('zypper ' + inv.sub.value)} in a build: upgrading the whole distribution belongs in a newer base image, where it is tested and reproducible.`,
      });
    }
  },
);
