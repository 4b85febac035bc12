import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { labelPairs, schemaIsEmpty } from './labels';

export const DL3051 = defineRule<Dockerfile>(
  {
    id: 'DL3051',
    title: 'Label is empty',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A label from dockerfile.labelSchema set to an empty value says nothing; give it a value.',
  },
  ({ model, config, report }) => {
    const schema = config.dockerfile.labelSchema;
    if (schemaIsEmpty(schema)) return;
    for (const pair of labelPairs(model)) {
      if (!Object.prototype.hasOwnProperty.call(schema, pair.key) || pair.value === undefined) continue;
      // `$VERSION` with no default is set at build time; only a value known to be empty is reported.
      if (pair.value !== '' && pair.resolved !== '') continue;
      report({
        range: model.lines.range(pair.keyStart, pair.valueEnd),
        message: `Label ${pair.key} is empty${pair.value !== '' ? ` (${pair.rawValue} expands to nothing)` : ''}; it is required by the label schema to carry a value.`,
      });
    }
  },
);
