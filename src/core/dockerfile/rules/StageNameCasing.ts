import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

export const StageNameCasing = defineRule<Dockerfile>(
  {
    id: 'StageNameCasing',
    title: 'Stage name is not lowercase',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Stage names are matched in lowercase by BuildKit; writing them in lowercase keeps every reference looking like what it resolves to.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const name = stage.name;
      if (!name) continue;
      const lower = name.text.toLowerCase();
      if (lower === name.text) continue;
      report({
        range: name.range,
        message: `Stage name '${name.text}' is not lowercase; BuildKit treats it as '${lower}', so write it that way.`,
        fixes: [{ title: `Rename the stage to '${lower}'`, safe: true, edits: [{ range: name.range, newText: lower }] }],
      });
    }
  },
);
