import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { aptGetInstalls, setsAptOption } from './aptGet';
import { TRUE_VALUES } from './shellUtil';
import { addFlagFix } from './shellReports';

export default defineRule<Dockerfile>(
  {
    id: 'DL3014',
    title: 'Use the -y switch with apt-get install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `apt-get install` without `-y`: a build has no one to answer the "Do you want to continue?" prompt, so apt aborts the step.',
  },
  (context) => {
    for (const inv of aptGetInstalls(context.model)) {
      const a = inv.args;
      const answered =
        a.has('y', 'yes', 'assume-yes') ||
        a.count('q') >= 2 ||
        a.count('quiet') >= 2 ||
        a.values('q').includes('2') ||
        a.values('quiet').includes('2') ||
        setsAptOption(a, 'APT::Get::Assume-Yes', TRUE_VALUES);
      if (answered) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: 'Add `-y` to `apt-get install`: the build cannot answer apt\'s confirmation prompt, so the step would abort.',
        fixes: [addFlagFix(inv.sub, '-y')],
      });
    }
  },
);
