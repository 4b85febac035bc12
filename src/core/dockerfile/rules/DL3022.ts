import { defineRule } from '../../rule';
import type { Dockerfile, Stage } from '../model';
import { fromValue } from './copyArgs';
import { earlierStage } from './stageGraph';
import { instructionsOf } from './instructionIndex';

/**
 * The stage at or after index `from` that `ref` names, by name or index. A function rather than a
 * `find` callback: the callback captured the loop's instruction, so every COPY allocated a context.
 */
function stageFrom(model: Dockerfile, ref: string, from: number): Stage | undefined {
  const lower = ref.toLowerCase();
  for (const stage of model.stages) if (stage.index >= from && (stage.name?.text.toLowerCase() === lower || String(stage.index) === ref)) return stage;
  return undefined;
}

export const DL3022 = defineRule<Dockerfile>(
  {
    id: 'DL3022',
    title: 'COPY --from should reference a previously defined FROM alias',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'COPY --from with a name that is no earlier stage is pulled as an image from a registry, which is rarely what a typo meant.',
  },
  ({ model, report }) => {
    for (const instruction of instructionsOf(model, 'COPY')) {
      if (instruction.stage < 0) continue;
      const value = fromValue(instruction);
      if (!value || !value.value) continue;
      let ref = value.value;
      if (ref.includes('$')) {
        const expanded = model.expand(ref, instruction);
        if (!expanded) continue;
        ref = expanded;
      }
      if (earlierStage(model, ref, instruction)) continue;
      const later = stageFrom(model, ref, instruction.stage);
      if (later && later.index === instruction.stage) continue; // DL3023's finding
      // A registry, tag or digest says "this is an image", not a stage name.
      if (!later && /[:/@.]/.test(ref)) continue;
      report({
        range: value.range,
        message: later
          ? `Stage ${ref} is defined later (line ${later.from.range.start.line + 1}); COPY --from can only use earlier stages, so Docker would pull an image named ${ref}. Move that stage up.`
          : /^\d+$/.test(ref)
            ? `There is no earlier stage number ${ref}; stages are counted from 0 in the order of their FROM lines.`
            : `No earlier stage is named ${ref}, so Docker pulls the image ${ref}:latest from a registry. Name an earlier stage (FROM … AS ${ref}), or write the image with a tag if you meant one.`,
      });
    }
  },
);
