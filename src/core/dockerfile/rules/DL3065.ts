import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

export const DL3065 = defineRule<Dockerfile>(
  {
    id: 'DL3065',
    aliases: ['RedundantTargetPlatform'],
    title: 'Redundant --platform=$TARGETPLATFORM',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'FROM already pulls the image for the target platform; --platform=$TARGETPLATFORM repeats the default and only adds noise.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const flag = stage.platform;
      const value = flag?.value?.value;
      if (!flag || (value !== '$TARGETPLATFORM' && value !== '${TARGETPLATFORM}')) continue;
      // The finding covers the flag and the blanks after it, so removing both stays inside it.
      const line = model.lines.positionAt(flag.token.end).line;
      let end = flag.token.end;
      const lineEnd = model.lines.lineEnd(line);
      while (end < lineEnd && (model.text[end] === ' ' || model.text[end] === '\t')) end++;
      const range = model.lines.range(flag.token.start, end);
      report({
        range,
        message: `--platform=${value} is the default: FROM pulls the image for the target platform anyway. Remove the flag.`,
        tags: ['unnecessary'],
        fixes: [{ title: `Remove --platform=${value}`, edits: [{ range, newText: '' }], safe: true }],
      });
    }
  },
);
