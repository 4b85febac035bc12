import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { startsAt, syntaxErrorStarts } from './syntaxOverlap';

export const DL3061 = defineRule<Dockerfile>(
  {
    id: 'DL3061',
    title: 'Invalid instruction order. Dockerfile must begin with FROM, ARG or comment',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Only ARG may come before the first FROM; any other instruction has no image to apply to and the build fails.',
  },
  ({ model, config, report }) => {
    // The parser reports this as a syntax error too; report each once (see syntaxOverlap).
    const reportedBySyntax = syntaxErrorStarts(model, config);
    for (const instruction of model.instructions) {
      if (instruction.stage >= 0) break;
      if (instruction.keyword === 'ARG' || startsAt(reportedBySyntax, instruction.keywordToken.range)) continue;
      report({
        range: instruction.keywordToken.range,
        message: `${instruction.keyword} before the first FROM: only ARG (and comments) may come before FROM, since there is no image yet to apply it to. Move it below a FROM.`,
      });
    }
  },
);
