import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { answersYes, DNF_TOOLS, interactiveInstalls } from './rpmTools';
import { addFlagFix } from './shellReports';

export default defineRule<Dockerfile>(
  {
    id: 'DL3038',
    title: 'Use the -y switch with dnf install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `dnf install` (and `microdnf install`) without `-y`: the build cannot answer the confirmation prompt, so the step fails.',
  },
  (context) => {
    for (const inv of interactiveInstalls(context.model, DNF_TOOLS)) {
      if (answersYes(inv)) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: `Add \`-y\` to \`${inv.cmd.name} ${inv.sub.value}\`: the build cannot answer the confirmation prompt, so the step would fail.`,
        fixes: [addFlagFix(inv.sub, '-y')],
      });
    }
  },
);
