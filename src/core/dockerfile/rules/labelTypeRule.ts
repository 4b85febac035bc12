/** DL3052–DL3056, DL3058: a label-schema label whose value is not of its declared type. */
import { defineRule, type Rule } from '../../rule';
import type { Dockerfile } from '../model';
import { labelPairs, schemaHasType, TYPED_LABEL_CHECKS } from './labels';

export function labelTypeRule(id: string, type: keyof typeof TYPED_LABEL_CHECKS, title: string): Rule<Dockerfile> {
  const check = TYPED_LABEL_CHECKS[type];
  return defineRule<Dockerfile>(
    {
      id,
      title,
      severity: 'warning',
      appliesTo: 'dockerfile',
      fixable: false,
      summary: `A label declared as ${type} in dockerfile.labelSchema must hold ${check.what}, so tools that read it can rely on the format.`,
    },
    ({ model, config, report }) => {
      const schema = config.dockerfile.labelSchema;
      // Six rules share this body and most setups declare no label types: skip the label pairs then.
      if (!schemaHasType(schema, type)) return;
      for (const pair of labelPairs(model)) {
        if (schema[pair.key] !== type || pair.value === undefined) continue;
        // A value from a build argument without a default is only known at build time.
        if (pair.resolved === undefined || pair.resolved === '') continue;
        if (check.test(pair.resolved)) continue;
        const shown = pair.resolved === pair.value ? pair.value : `${pair.value} (defaults to ${pair.resolved})`;
        report({
          range: model.lines.range(pair.valueStart, pair.valueEnd),
          message: `Label ${pair.key} is typed ${type} in the label schema, but ${shown} is not ${check.what}.`,
        });
      }
    },
  );
}
