import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { applyCasing, majorityCasing } from './buildkitCasing';

export const ConsistentInstructionCasing = defineRule<Dockerfile>(
  {
    id: 'ConsistentInstructionCasing',
    title: 'Instruction keyword casing differs from the rest of the file',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Instruction keywords should all be uppercase or all lowercase, so the file reads as one piece and keywords stand out from arguments.',
  },
  ({ model, report }) => {
    const { casing, offenders } = majorityCasing(model);
    const word = casing === 'lower' ? 'lowercase' : 'uppercase';
    for (const ins of offenders) {
      const keyword = ins.keywordToken;
      const wanted = applyCasing(keyword.text, casing);
      report({
        range: keyword.range,
        message: `'${keyword.text}' should be written in ${word}, like most instructions in this file ('${wanted}').`,
        fixes: [{ title: `Write '${wanted}'`, safe: true, edits: [{ range: keyword.range, newText: wanted }] }],
      });
    }
  },
);
