import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { copyArgs } from './copyArgs';
import { earlierStage, stageGraph } from './stageGraph';
import { instructionsOf } from './instructionIndex';

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
      const from = instruction.flags.find((f) => f.name === 'from')?.value;
      if (!from) continue;
      const args = copyArgs(instruction);
      if (!args || !args.sources.some((s) => s.value === '/') || args.destination.value !== '/') continue;
      // A stage built FROM scratch holds only the files put into it: copying its root is copying those files.
      const ref = from.value.includes('$') ? model.expand(from.value, instruction) : from.value;
      const source = ref ? earlierStage(model, ref, instruction) : undefined;
      if (source && stageGraph(model).fromScratch(source)) continue;
      const first = args.sources[0];
      report({
        range: model.lines.range(first.start, args.destination.end),
        message: 'COPY --from of / onto / merges a whole foreign file system into this one, overwriting its libraries and package database. Copy the directories you need instead.',
      });
    }
  },
);
