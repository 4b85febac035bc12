import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { aptGetInstalls, setsAptOption } from './aptGet';
import { FALSE_VALUES } from './shellUtil';
import { addFlagFix } from './shellReports';

export default defineRule<Dockerfile>(
  {
    id: 'DL3015',
    title: 'Avoid additional packages with --no-install-recommends',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `apt-get install` without `--no-install-recommends`: recommended packages are optional extras that make the image bigger and widen its attack surface.',
  },
  (context) => {
    for (const inv of aptGetInstalls(context.model)) {
      const a = inv.args;
      if (a.has('no-install-recommends') || setsAptOption(a, 'APT::Install-Recommends', FALSE_VALUES)) continue;
      if (a.options.some((o) => o.name === 'install-recommends' && o.value !== undefined && FALSE_VALUES.includes(o.value.toLowerCase()))) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: 'Add `--no-install-recommends` to `apt-get install` so apt does not pull in recommended extras the image does not need.',
        fixes: [addFlagFix(inv.sub, '--no-install-recommends')],
      });
    }
  },
);
