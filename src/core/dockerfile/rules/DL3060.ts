import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { argsOf, YARN } from './packageManagers';
import { reportMissingCleanup } from './shellReports';
import { commandsNamed, hasCacheMount, isReportableStage, type Cmd } from './shellUtil';

/** `yarn install`, or a bare `yarn` (with options only), which installs too, unless it only asks for its version or help. */
function isInstall(cmd: Cmd): boolean {
  const args = argsOf(cmd, YARN);
  const first = args.positionals[0];
  if (first) return first.value === 'install';
  return !args.has('version', 'v', 'help', 'h');
}

function cleansLater(install: Cmd): boolean {
  return install.script.commands.some((c) => {
    if (c.index <= install.index || c.name !== 'yarn') return false;
    const [first, second] = argsOf(c, YARN).positionals;
    return first?.value === 'cache' && second?.value === 'clean';
  });
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3060',
    title: 'Run yarn cache clean after yarn install',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `yarn install` with no `yarn cache clean` later in the same RUN of a shipped stage: yarn\'s package cache is often larger than node_modules itself.',
  },
  (context) => {
    const df = context.model;
    const installs = commandsNamed(df, ['yarn']).filter((c) => isInstall(c) && isReportableStage(df, c.script.stage));
    if (installs.length === 0) return;
    reportMissingCleanup(context, installs, {
      isCleaned: (install) => cleansLater(install) || hasCacheMount(install.script, (target) => target.includes('.cache/yarn') || target.includes('.yarn/berry/cache')),
      message: () => 'Run `yarn cache clean` after `yarn install` in this RUN so yarn\'s package cache does not stay in the image layer.',
      fix: () => 'yarn cache clean',
    });
  },
);
