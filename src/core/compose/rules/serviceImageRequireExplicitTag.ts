import { parseImage } from '../facts';
import { interpolate } from '../interpolation';
import { scalarString } from '../yamlNodes';
import { composeRule, envOf } from './common';

/** dclint's default list of tags that name a moving target rather than a version. */
export const PROHIBITED_TAGS = ['latest', 'stable', 'edge', 'test', 'nightly', 'dev', 'beta', 'canary', 'lts'];

export const serviceImageRequireExplicitTag = composeRule(
  {
    id: 'service-image-require-explicit-tag',
    title: 'Image without a version tag',
    severity: 'error',
    fixable: false,
    summary: 'An image with no tag means `latest`, and `latest`, `stable` and the like move: the same file pulls different software next month. Pin a version tag (or a digest).',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      const e = s.get('image');
      const raw = scalarString(e?.value);
      if (!e || raw === undefined || raw === '') continue;
      // A tag that comes from a variable set only in the shell cannot be judged here.
      const { value: image, missing } = interpolate(raw, env);
      if (missing.length > 0 || image === '') continue;
      const ref = parseImage(image);
      if (ref.digest) continue;
      if (ref.tag && !PROHIBITED_TAGS.includes(ref.tag)) continue;
      const what = ref.tag ? `the moving tag "${ref.tag}"` : 'no tag, which means "latest"';
      report({
        range: model.valueRange(e),
        message: `Service "${s.name}" uses image "${image}" with ${what}; the same file can pull different software on each machine. Pin a version, e.g. \`${ref.repository}:1.2.3\`.`,
      });
    }
  },
);
