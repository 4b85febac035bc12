import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';

/** Characters that LABEL would otherwise read as the end of the value or as a variable. */
function escapeLabelValue(text: string, escapeChar: string): string {
  let out = '';
  for (const c of text) out += c === '"' || c === '$' || c === escapeChar ? escapeChar + c : c;
  return out;
}

/** `"Jane Doe"` and `'Jane Doe'` name Jane Doe; the quotes were never meant as part of the name. */
function stripEnclosingQuotes(text: string): string {
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) return text.slice(1, -1);
  return text;
}

export const DL4000 = defineRule<Dockerfile>(
  {
    id: 'DL4000',
    aliases: ['MaintainerDeprecated'],
    title: 'MAINTAINER is deprecated',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'MAINTAINER is deprecated; record the author in the org.opencontainers.image.authors label, which tools read.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'MAINTAINER')) {
      const start = instruction.keywordToken.start;
      const end = instruction.argsRange ? model.lines.offsetAt(instruction.argsRange.end) : instruction.keywordToken.end;
      const range = model.lines.range(start, end);
      const author = stripEnclosingQuotes(instruction.argsText.trim());
      report({
        range,
        message: 'MAINTAINER is deprecated: put the author in LABEL org.opencontainers.image.authors, where registries and scanners look for it.',
        tags: ['deprecated'],
        fixes: author
          ? [
              {
                title: 'Replace MAINTAINER with LABEL org.opencontainers.image.authors',
                edits: [{ range, newText: `LABEL org.opencontainers.image.authors="${escapeLabelValue(author, model.escapeChar)}"` }],
                safe: true,
              },
            ]
          : [],
      });
    }
  },
);
