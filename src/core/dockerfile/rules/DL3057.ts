import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { instructionsOf } from './instructionIndex';
import { stageGraph } from './stageGraph';

export const DL3057 = defineRule<Dockerfile>(
  {
    id: 'DL3057',
    title: 'HEALTHCHECK instruction missing',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    enabledByDefault: false,
    summary: 'Without a HEALTHCHECK, Docker only knows whether the process runs, not whether it still serves; opt-in, since orchestrators often probe instead.',
  },
  ({ model, report }) => {
    const healthchecks = instructionsOf(model, 'HEALTHCHECK');
    const graph = stageGraph(model);
    for (const stage of model.stages) {
      if (!graph.isRunnable(stage)) continue;
      if (healthchecks.length > 0 && graph.chain(stage).some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) continue;
      report({
        range: stage.from.keywordToken.range,
        message: `The image${stage.name ? ` built by stage ${stage.name.text}` : ''} has no HEALTHCHECK, so Docker cannot tell a hung service from a healthy one. Add HEALTHCHECK CMD ["<probe>"], or HEALTHCHECK NONE to say there is none on purpose.`,
      });
    }
  },
);
