import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { keyValues } from './keyValues';

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
    const definedBefore = new Set<string>();
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
        const pairs = keyValues(instruction);
        if (instruction.keyword === 'ENV' && pairs.length > 1) {
          const refs = model.variables(instruction);
          for (let j = 1; j < pairs.length; j++) {
            const pair = pairs[j];
            const earlierKeys = new Set(pairs.slice(0, j).map((p) => p.key));
            for (const ref of refs) {
              if (ref.token.start < pair.valueStart || ref.token.end > pair.valueEnd) continue;
              if (ref.name === pair.key || !earlierKeys.has(ref.name) || definedBefore.has(ref.name)) continue;
              report({
                range: ref.token.range,
                message: `${ref.name} is set by this same ENV, but values are expanded before any key is set, so ${ref.token.text} is empty here. Split it: set ${ref.name} in an ENV of its own first.`,
              });
            }
          }
        }
        for (const pair of pairs) definedBefore.add(pair.key);
      }
    }
  },
);
