import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './byKeyword';
import { startsAt, syntaxErrorStarts } from './syntaxOverlap';

const NOT_AS_TRIGGER = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const DL3043 = defineRule<Dockerfile>(
  {
    id: 'DL3043',
    title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD instruction',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'ONBUILD defers an instruction to images built FROM this one; ONBUILD, FROM and MAINTAINER cannot be deferred and the build fails.',
  },
  ({ model, config, report }) => {
    // The parser reports these triggers as syntax errors too; report each once (see syntaxOverlap).
    const reportedBySyntax = syntaxErrorStarts(model, config);
    for (const instruction of instructionsOf(model, 'ONBUILD')) {
      const trigger = instruction.trigger;
      if (!trigger || !NOT_AS_TRIGGER.has(trigger.keyword) || startsAt(reportedBySyntax, trigger.keywordToken.range)) continue;
      report({
        range: trigger.keywordToken.range,
        message: `ONBUILD ${trigger.keyword} is not allowed: ${trigger.keyword === 'FROM' ? 'a child image cannot change its base from inside itself' : trigger.keyword === 'ONBUILD' ? 'triggers do not chain to grandchildren' : 'MAINTAINER is deprecated and cannot be deferred'}. Docker rejects the image that inherits this trigger.`,
      });
    }
  },
);
