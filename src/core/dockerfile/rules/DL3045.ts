import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { copyArgs } from './copyArgs';
import { stageGraph } from './stageGraph';

function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}

export const DL3045 = defineRule<Dockerfile>(
  {
    id: 'DL3045',
    title: 'COPY to a relative destination without WORKDIR set',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A relative COPY destination lands under the working directory the base image happens to set; set WORKDIR first or use an absolute path.',
  },
  ({ model, report }) => {
    const graph = stageGraph(model);
    const hasWorkdir = new Set<number>();
    for (const stage of model.stages) {
      // FROM scratch has no image config: its working directory is `/`, known without a WORKDIR.
      let known = graph.fromScratch(stage) || graph.chain(stage).some((s, i) => i > 0 && hasWorkdir.has(s.index));
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') known = true;
        if (known || (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD')) continue;
        const dest = copyArgs(instruction)?.destination;
        if (!dest || isAbsoluteOrVariable(dest.value)) continue;
        report({
          range: dest.range,
          message: `${instruction.keyword} to the relative path ${dest.value} before any WORKDIR: it lands under whatever working directory the base image set (often /). Add WORKDIR /your/app above, or use an absolute destination.`,
        });
      }
      if (known) hasWorkdir.add(stage.index);
    }
  },
);
