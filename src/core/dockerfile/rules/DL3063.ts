import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

const RESERVED = new Set(['scratch', 'context']);

export const DL3063 = defineRule<Dockerfile>(
  {
    id: 'DL3063',
    aliases: ['ReservedStageName'],
    title: 'Reserved stage name',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'scratch and context already mean something to the builder (the empty image, the build context); a stage with that name is shadowed or shadows them.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const name = stage.name;
      // Both reserved names have seven letters: other names are settled without lower-casing them.
      if (!name || name.text.length !== 7 || !RESERVED.has(name.text.toLowerCase())) continue;
      report({
        range: name.range,
        message: `${name.text} is reserved: ${name.text.toLowerCase() === 'scratch' ? 'FROM scratch means the empty image' : 'context names the build context in --from and --mount'}, so references to this stage are ambiguous. Rename the stage.`,
      });
    }
  },
);
