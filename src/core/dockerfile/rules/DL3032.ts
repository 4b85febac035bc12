import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { RPM_TOOL, invocations } from './packageManagers';
import { cleansAllLater } from './rpmTools';
import { reportMissingCleanup } from './shellReports';
import { coversDirectory, hasCacheMount, removesLater } from './shellUtil';

const YUM_CACHE = '/var/cache/yum';

export default defineRule<Dockerfile>(
  {
    id: 'DL3032',
    title: 'Run yum clean all after yum install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `yum install` with no `yum clean all` later in the same RUN: yum\'s metadata and package cache stay in the layer and bloat the image.',
  },
  (context) => {
    const installs = invocations(context.model, ['yum'], RPM_TOOL, ['install', 'groupinstall', 'localinstall']);
    if (installs.length === 0) return;
    reportMissingCleanup(
      context,
      installs.map((inv) => inv.cmd),
      {
        isCleaned: (install) =>
          cleansAllLater(install, ['yum']) ||
          removesLater(install, YUM_CACHE, '/var/cache') ||
          hasCacheMount(install.script, (target) => coversDirectory(target, YUM_CACHE, '/var/cache')),
        message: () => 'Run `yum clean all` after `yum install` in this RUN so yum\'s cache does not stay in the image layer.',
        fix: () => 'yum clean all',
      },
    );
  },
);
