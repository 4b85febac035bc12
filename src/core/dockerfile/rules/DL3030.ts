import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { answersYes, interactiveInstalls } from './rpmTools';
import { addFlagFix } from './shellReports';

/** One list for every lint rather than a fresh array each time. */
const YUM = ['yum'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3030',
    title: 'Use the -y switch with yum install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `yum install` without `-y`: the build cannot answer yum\'s "Is this ok [y/N]" prompt, so the step fails.',
  },
  (context) => {
    for (const inv of interactiveInstalls(context.model, YUM)) {
      if (answersYes(inv)) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: `Add \`-y\` to \`yum ${inv.sub.value}\`: the build cannot answer yum's confirmation prompt, so the step would fail.`,
        fixes: [addFlagFix(inv.sub, '-y')],
      });
    }
  },
);
