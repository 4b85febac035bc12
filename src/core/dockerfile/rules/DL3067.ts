import { defineRule } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import { destinationOf, fromValue, sourceCount } from './copyArgs';
import { earlierStage, stageGraph } from './stageGraph';
import { instructionsOf } from './instructionIndex';

/** Whether one of the sources is the root `/`. */
function copiesRoot(instruction: Instruction): boolean {
  for (let i = 0; i < sourceCount(instruction); i++) if (instruction.args[i].value === '/') return true;
  return false;
}

export const DL3067 = defineRule<Dockerfile>(
  {
    id: 'DL3067',
    title: 'Do not COPY --from the root of an image to the root',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Copying / of another image onto / overwrites this stage with a whole file system, package database included; copy only the paths you need.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'COPY')) {
      const from = fromValue(instruction);
      if (!from) continue;
      const destination = destinationOf(instruction);
      if (!destination || destination.value !== '/' || !copiesRoot(instruction)) continue;
      // A stage built FROM scratch holds only the files put into it: copying its root is copying those files.
      const ref = from.value.includes('$') ? model.expand(from.value, instruction) : from.value;
      const source = ref ? earlierStage(model, ref, instruction) : undefined;
      if (source && stageGraph(model).fromScratch(source)) continue;
      report({
        range: model.lines.range(instruction.args[0].start, destination.end),
        message: 'COPY --from of / onto / merges a whole foreign file system into this one, overwriting its libraries and package database. Copy the directories you need instead.',
      });
    }
  },
);
