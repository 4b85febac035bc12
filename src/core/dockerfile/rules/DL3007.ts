import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';

/** Offset of the `:` before the tag, ignoring colons inside `${VAR:-default}`; -1 when none. */
function tagSeparator(text: string): number {
  let depth = 0;
  let found = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (depth === 0 && c === '/') found = -1;
    else if (depth === 0 && c === ':') found = i;
  }
  return found;
}

export const DL3007 = defineRule<Dockerfile>(
  {
    id: 'DL3007',
    title: 'Using latest is prone to errors',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'The `latest` tag moves to a new image with every release, so builds stop being repeatable; pin a version.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const image = stage.image;
      if (image.isScratch || image.stageRef !== undefined || image.digest || image.tag !== 'latest') continue;
      const viaDefault = image.usesVariables && !image.tagRange;
      // `x:${V}`: mark the written tag part; `${IMAGE}` as a whole: mark the whole reference.
      const colon = tagSeparator(image.token.text);
      const tagPart = colon >= 0 ? model.lines.range(image.token.start + colon + 1, image.token.end) : image.token.range;
      report({
        range: image.tagRange ?? tagPart,
        message: `${viaDefault ? `${image.token.text} defaults to ${image.resolved}: the` : 'The'} latest tag follows every new release, so the same Dockerfile builds a different image tomorrow. Pin a version tag (and a digest for full reproducibility).`,
      });
    }
  },
);
