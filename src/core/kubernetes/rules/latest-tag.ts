import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { pairOf, rangeOf, str } from './yamlNodes';

/** The tag of an image reference, '' when it has none; undefined when it is pinned by digest. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return colon < 0 ? '' : lastSegment.slice(colon + 1);
}

export const latestTag = kubeRule(
  {
    id: 'latest-tag',
    aliases: ['container-image-tag', 'tagNotSpecified'],
    title: 'Image without a pinned tag',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'An image with no tag or the `latest` tag can change under the same manifest, so rollouts and rollbacks are not reproducible.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      const node = pairOf(c.node, 'image')?.value;
      const image = str(node);
      if (!image || image.includes('{{') || image.includes('${')) continue;
      const tag = imageTag(image);
      if (tag === undefined || (tag !== '' && tag !== 'latest')) continue;
      const range = rangeOf(ctx.model, node);
      if (!range) continue;
      ctx.report({
        range,
        message: tag === '' ? `Image "${image}" has no tag, so it means "latest"; pin a version tag or a digest.` : `Image "${image}" uses the "latest" tag; pin a version tag or a digest so every node runs the same build.`,
      });
    }
  },
);
