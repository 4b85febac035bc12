import { defineRule } from '../../rule';
import type { Dockerfile, Instruction, KeyValue } from '../model';
import { instructionsOf, mentionsVariable } from './instructionIndex';

export const DL3044 = defineRule<Dockerfile>(
  {
    id: 'DL3044',
    title: 'Do not refer to an environment variable within the same ENV statement where it is defined',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'All values of one ENV are expanded before any of its keys is set, so a reference to a key of the same ENV reads its old (often empty) value.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'ENV')) {
      const pairs = instruction.pairs ?? [];
      if (pairs.length > 1 && mentionsVariable(model, instruction)) {
        const refs = model.variables(instruction);
        for (let j = 1; j < pairs.length; j++) {
          const pair = pairs[j];
          const key = pair.key.value;
          const valueStart = pair.value ? pair.value.start : pair.key.end;
          const valueEnd = pair.value ? pair.value.end : pair.key.end;
          for (const ref of refs) {
            if (ref.token.start < valueStart || ref.token.end > valueEnd) continue;
            if (ref.name === key || !setEarlier(pairs, j, ref.name) || definedBefore(model, instruction, ref.name)) continue;
            report({
              range: ref.token.range,
              message: `${ref.name} is set by this same ENV, but values are expanded before any key is set, so ${ref.token.text} is empty here. Split it: set ${ref.name} in an ENV of its own first.`,
            });
          }
        }
      }
    }
  },
);

/**
 * Whether an ARG or ENV before `instruction` sets `name`. Searched only for a would-be finding, which
 * is rare: a set of every name defined so far, built for every lint, cost more than these searches.
 */
function definedBefore(model: Dockerfile, instruction: Instruction, name: string): boolean {
  for (const other of model.instructions) {
    if (other === instruction) return false;
    if ((other.keyword === 'ARG' || other.keyword === 'ENV') && other.pairs?.some((p) => p.key.value === name)) return true;
  }
  return false;
}

/** Whether one of the pairs before `j` sets `name`. */
function setEarlier(pairs: readonly KeyValue[], j: number, name: string): boolean {
  for (let k = 0; k < j; k++) if (pairs[k].key.value === name) return true;
  return false;
}
