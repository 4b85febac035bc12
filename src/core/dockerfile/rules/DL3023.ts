import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { fromValue } from './copyArgs';
import { instructionsOf } from './instructionIndex';

export const DL3023 = defineRule<Dockerfile>(
  {
    id: 'DL3023',
    title: 'COPY --from cannot reference its own FROM alias',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A stage cannot copy from itself: its files are not built yet when the COPY runs.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'COPY')) {
      if (instruction.stage < 0) continue;
      const value = fromValue(instruction);
      if (!value || !value.value) continue;
      const stage = model.stages[instruction.stage];
      const ref = value.value.includes('$') ? model.expand(value.value, instruction) : value.value;
      if (!ref) continue;
      const own = ref === String(stage.index) || (stage.name !== undefined && stage.name.text.toLowerCase() === ref.toLowerCase());
      if (!own) continue;
      report({
        range: value.range,
        message: `COPY --from=${value.value} names the stage it is in; a stage can only copy from earlier stages. Copy within the stage with RUN cp, or move the files into an earlier stage.`,
      });
    }
  },
);
