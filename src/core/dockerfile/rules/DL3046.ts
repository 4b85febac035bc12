import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { argsOf, USERADD } from './packageManagers';
import { addFlagFix } from './shellReports';
import { commandsNamed, staticValue } from './shellUtil';

export default defineRule<Dockerfile>(
  {
    id: 'DL3046',
    title: 'useradd with a large UID needs -l',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `useradd` with a UID of six or more digits and no `-l` (`--no-log-init`): the lastlog and faillog files are indexed by UID and grow into huge sparse files that bloat the layer.',
  },
  (context) => {
    const df = context.model;
    for (const cmd of commandsNamed(df, ['useradd'])) {
      const args = argsOf(cmd, USERADD);
      if (args.has('l', 'no-log-init')) continue;
      const written = [...args.values('u'), ...args.values('uid')][0];
      if (written === undefined) continue;
      const uid = staticValue(df, cmd.script, written);
      if (uid === undefined || uid.length <= 5) continue;
      context.report({
        range: cmd.command.nameWord.range,
        message: `Add \`-l\` (--no-log-init) to \`useradd\` with UID ${uid}: without it, lastlog and faillog grow into sparse files of gigabytes in the image layer.`,
        fixes: [addFlagFix(cmd.command.nameWord, '-l')],
      });
    }
  },
);
