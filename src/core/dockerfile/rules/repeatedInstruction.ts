/** DL3012, DL4003, DL4004: an instruction of which only the last one in a stage takes effect. */
import { defineRule, type Rule } from '../../rule';
import type { Severity } from '../../types';
import type { Dockerfile, Instruction } from '../model';
import { instructionsOf } from './instructionIndex';

export function repeatedInstructionRule(id: string, keyword: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', severity: Severity, effect: string): Rule<Dockerfile> {
  return defineRule<Dockerfile>(
    {
      id,
      aliases: ['MultipleInstructionsDisallowed'],
      title: `Multiple ${keyword} instructions found`,
      severity,
      appliesTo: 'dockerfile',
      fixable: false,
      summary: `Only the last ${keyword} of a stage takes effect; an earlier one is dead code that misleads readers.`,
    },
    ({ model, report }) => {
      // The index lists the keyword's instructions in file order, so stage by stage.
      let previous: Instruction | undefined;
      for (const instruction of instructionsOf(model, keyword)) {
        if (instruction.stage < 0) continue;
        if (previous && previous.stage === instruction.stage) {
          report({
            range: instruction.keywordToken.range,
            message: `A second ${keyword} in this stage: it replaces the one on line ${previous.range.start.line + 1}, which has no effect. ${effect} Keep one.`,
            related: [{ message: `overridden ${keyword}`, range: previous.range }],
          });
        }
        previous = instruction;
      }
    },
  );
}
