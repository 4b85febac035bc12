import { composeRule } from './common';

export const noBuildAndImage = composeRule(
  {
    id: 'no-build-and-image',
    title: 'Service has both `build` and `image`',
    severity: 'error',
    fixable: false,
    summary: 'With both keys Compose builds the image and tags it with the `image` name, which surprises readers who expect a pull; use one, or say which wins with `pull_policy`.',
  },
  ({ model, report }) => {
    for (const s of model.services) {
      const build = s.get('build');
      const image = s.get('image');
      if (!build || !image || s.get('pull_policy')) continue;
      report({
        range: model.range(build.at),
        message: `Service "${s.name}" has both \`build\` and \`image\`: Compose builds it and names the result after \`image\`. Keep one, or add \`pull_policy\` to say whether to pull or build.`,
        related: [{ message: '`image` is set here', range: model.range(image.at) }],
      });
    }
  },
);
