import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { APT_GET, argsOf, invocations } from './packageManagers';
import { reportMissingCleanup, span } from './shellReports';
import { coversDirectory, hasCacheMount, isReportableStage, removesLater, type Cmd } from './shellUtil';

const LISTS = '/var/lib/apt/lists';

/** `apt-get distclean` (apt 2.7+) removes the lists as well as the package cache. */
function distcleansLater(update: Cmd): boolean {
  return update.script.commands.some(
    (c) => c.index > update.index && (c.name === 'apt-get' || c.name === 'apt') && c.command.args.some((a) => a.value === 'distclean' || a.value === 'dist-clean'),
  );
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3009',
    title: 'Delete the apt lists after installing',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `apt-get update` with no `rm -rf /var/lib/apt/lists/*` later in the same RUN: the package lists (tens of MB) stay in the layer and go stale.',
  },
  (context) => {
    const df = context.model;
    let updates: Cmd[] | undefined;
    for (const inv of invocations(df, ['apt-get', 'apt', 'aptitude'], APT_GET, ['update'])) {
      if (isReportableStage(df, inv.cmd.script.stage)) (updates ??= []).push(inv.cmd);
    }
    if (!updates) return;
    reportMissingCleanup(
      context,
      updates,
      {
        isCleaned: (update: Cmd) =>
          removesLater(update, LISTS, '/var/lib/apt') ||
          distcleansLater(update) ||
          hasCacheMount(update.script, (target) => coversDirectory(target, LISTS, '/var/lib/apt')),
        message: (update) =>
          `Delete the apt lists after \`${update.name} update\` (add \`rm -rf ${LISTS}/*\` to this RUN) so tens of MB of package indexes do not stay in the image layer.`,
        fix: () => `rm -rf ${LISTS}/*`,
        // The subcommand is the first positional of the arguments invocations() read (cached on the command).
        range: (update) => span(update.command.nameWord, argsOf(update, APT_GET).positionals[0]),
      },
    );
  },
);
