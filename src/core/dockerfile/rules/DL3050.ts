import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { labelPairs } from './labels';

export const DL3050 = defineRule<Dockerfile>(
  {
    id: 'DL3050',
    title: 'Superfluous label present',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'With dockerfile.strictLabels on, only the labels in dockerfile.labelSchema are allowed, so a typo in a label key cannot slip through.',
  },
  ({ model, config, report }) => {
    if (!config.dockerfile.strictLabels) return;
    const schema = config.dockerfile.labelSchema;
    for (const pair of labelPairs(model)) {
      if (Object.prototype.hasOwnProperty.call(schema, pair.key)) continue;
      report({
        range: model.lines.range(pair.keyStart, pair.keyEnd),
        message: `Label ${pair.key} is not in the label schema, and strict labels are on. Add it to dockerfile.labelSchema or remove it.`,
      });
    }
  },
);
