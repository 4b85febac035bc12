import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

/** `hadolint ignore=…` and `infra-coach ignore=…`, but not the file-wide `global` or `stage` forms. */
const INLINE_IGNORE = /^(hadolint|infra-coach)[ \t]+ignore[ \t]*=/;

export const DL1001 = defineRule<Dockerfile>(
  {
    id: 'DL1001',
    title: 'Please refrain from using inline ignore pragmas',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    enabledByDefault: false,
    summary: 'Opt-in for teams that keep exceptions in one configuration file: reports every inline ignore comment.',
  },
  ({ model, report }) => {
    for (const comment of model.comments) {
      // Both prefixes start with h or i: most comments are settled by their first character.
      const first = comment.text.charCodeAt(0);
      if ((first !== 104 && first !== 105) || !INLINE_IGNORE.test(comment.text)) continue;
      report({
        range: comment.token.range,
        message: 'Inline ignore comment: this project keeps rule exceptions in its configuration (.hadolint.yaml or infraCoach.rules), so they stay reviewable in one place.',
      });
    }
  },
);
