import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { argsOf, zypperInstalls, ZYPPER } from './packageManagers';
import { reportMissingCleanup } from './shellReports';
import { coversDirectory, hasCacheMount, removesLater, type Cmd } from './shellUtil';

const ZYPP_CACHE = '/var/cache/zypp';

function cleansLater(install: Cmd): boolean {
  return install.script.commands.some((c) => {
    if (c.index <= install.index || c.name !== 'zypper') return false;
    const sub = argsOf(c, ZYPPER).positionals[0]?.value;
    return sub === 'clean' || sub === 'cc';
  });
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3036',
    title: 'Run zypper clean after zypper install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `zypper install` with no `zypper clean` later in the same RUN: zypper\'s package and metadata cache stay in the layer and bloat the image.',
  },
  (context) => {
    const installs = zypperInstalls(context.model);
    if (installs.length === 0) return;
    reportMissingCleanup(
      context,
      installs.map((inv) => inv.cmd),
      {
        isCleaned: (install) =>
          cleansLater(install) || removesLater(install, ZYPP_CACHE, '/var/cache') || hasCacheMount(install.script, (target) => coversDirectory(target, ZYPP_CACHE, '/var/cache')),
        message: () => 'Run `zypper clean` after `zypper install` in this RUN so zypper\'s cache does not stay in the image layer.',
        fix: () => 'zypper clean --all',
      },
    );
  },
);
