import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { earlierStage } from './stageGraph';

export const DL3006 = defineRule<Dockerfile>(
  {
    id: 'DL3006',
    title: 'Always tag the version of an image explicitly',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'An image without a tag or digest means `latest`, which changes under you; name the version you tested with.',
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const image = stage.image;
      if (image.isScratch || image.stageRef !== undefined || image.tag || image.digest) continue;
      let shown = image.token.text;
      if (image.usesVariables) {
        // `FROM ${BASE}` is judged by BASE's default; with no default the build must pass it, so nothing is known.
        if (image.resolved === undefined || image.resolved === '') continue;
        if (image.resolved.toLowerCase() === 'scratch' || earlierStage(model, image.resolved, stage.from)) continue;
        shown = `${image.token.text} (defaults to ${image.resolved})`;
      }
      report({
        range: image.token.range,
        message: `${shown} has no tag, so it means ${image.resolved ?? image.token.text}:latest and changes whenever the image is republished. Pin a version tag (and a digest for full reproducibility).`,
      });
    }
  },
);
