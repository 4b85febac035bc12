import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { RPM_TOOL, invocations } from './packageManagers';
import { cleansAllLater, DNF_TOOLS } from './rpmTools';
import { reportMissingCleanup } from './shellReports';
import { coversDirectory, hasCacheMount, removesLater, type Cmd } from './shellUtil';

/** dnf5 keeps its cache in libdnf5, dnf4 in dnf; `~/.cache/libdnf5` when run rootless. */
const CACHES = ['/var/cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'];

function removesCache(install: Cmd): boolean {
  return CACHES.some((dir) => removesLater(install, dir, '/var/cache'));
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3040',
    title: 'Run dnf clean all after dnf install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `dnf install` (and `microdnf`) with no `dnf clean all` later in the same RUN: dnf\'s metadata and package cache stay in the layer and bloat the image.',
  },
  (context) => {
    const installs = invocations(context.model, DNF_TOOLS, RPM_TOOL, ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei']);
    if (installs.length === 0) return;
    const subOf = new Map(installs.map((inv) => [inv.cmd, inv.sub.value]));
    reportMissingCleanup(
      context,
      installs.map((inv) => inv.cmd),
      {
        isCleaned: (install) =>
          cleansAllLater(install, DNF_TOOLS) ||
          removesCache(install) ||
          hasCacheMount(install.script, (target) => target.includes('.cache/libdnf5') || CACHES.some((dir) => coversDirectory(target, dir, '/var/cache'))),
        message: (install) => `Run \`${install.name} clean all\` after \`${install.name} ${subOf.get(install)}\` in this RUN so its cache does not stay in the image layer.`,
        fix: (install) => `${install.name} clean all`,
      },
    );
  },
);
