import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { labelPairs, schemaIsEmpty } from './labels';
import { stageGraph } from './stageGraph';

export const DL3049 = defineRule<Dockerfile>(
  {
    id: 'DL3049',
    title: 'Label is missing',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Every label in dockerfile.labelSchema is required on each image the Dockerfile produces.',
  },
  ({ model, config, report }) => {
    // Most setups have no label schema: settled without listing its keys.
    if (schemaIsEmpty(config.dockerfile.labelSchema)) return;
    const required = Object.keys(config.dockerfile.labelSchema);
    const graph = stageGraph(model);
    const setIn = new Map<number, Set<string>>();
    for (const pair of labelPairs(model)) {
      const stage = pair.instruction.stage;
      if (!setIn.has(stage)) setIn.set(stage, new Set());
      setIn.get(stage)?.add(pair.key);
    }
    for (const stage of model.stages) {
      // Builder stages and bases are not shipped as they are; their children carry the labels.
      if (!graph.isRunnable(stage)) continue;
      const have = new Set<string>();
      for (const s of graph.chain(stage)) for (const key of setIn.get(s.index) ?? []) have.add(key);
      const missing = required.filter((label) => !have.has(label));
      if (missing.length === 0) continue;
      report({
        range: stage.from.keywordToken.range,
        message: `The image${stage.name ? ` built by stage ${stage.name.text}` : ''} lacks the required label${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (dockerfile.labelSchema). Add a LABEL in this stage.`,
      });
    }
  },
);
