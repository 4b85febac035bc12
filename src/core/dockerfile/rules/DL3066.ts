import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { userOf } from './userNames';

export const DL3066 = defineRule<Dockerfile>(
  {
    id: 'DL3066',
    title: 'Use a numeric UID in USER',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A user name can only be checked by reading /etc/passwd inside the image; a numeric UID lets Kubernetes (runAsNonRoot) and scanners verify the user without it.',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'USER') continue;
      const user = userOf(model, instruction);
      // A variable without a known value is the builder's choice; judge only what is known.
      if (!user || user.resolved === undefined || user.resolved === '' || /^\d+$/.test(user.resolved)) continue;
      report({
        range: model.lines.range(user.start, user.end),
        message: `USER ${user.text}${user.text !== user.resolved ? ` (defaults to ${user.resolved})` : ''} is a name: Kubernetes' runAsNonRoot cannot verify a name and refuses to start the pod. Use the numeric UID${user.resolved === 'root' ? ' (0 for root)' : ''}, e.g. USER 10001.`,
      });
    }
  },
);
