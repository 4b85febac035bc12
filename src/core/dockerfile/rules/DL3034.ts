import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { invocations, ZYPPER } from './packageManagers';
import { addFlagFix } from './shellReports';

/** Subcommands that stop and ask before changing the system. */
const ASKING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3034',
    title: 'Run zypper non-interactively',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags zypper commands that change packages without `-n` (`--non-interactive`) or `-y`: zypper would wait for an answer the build cannot give.',
  },
  (context) => {
    for (const inv of invocations(context.model, ['zypper'], ZYPPER, ASKING)) {
      if (inv.args.has('n', 'non-interactive', 'y', 'no-confirm')) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: `Add \`-n\` (--non-interactive) to \`zypper ${inv.sub.value}\`: zypper would wait for an answer the build cannot give.`,
        fixes: [addFlagFix(inv.cmd.command.nameWord, '-n')],
      });
    }
  },
);
