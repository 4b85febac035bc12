import { hostMounts } from './hostMounts';
import { kubeRule } from './kubeRule';
import { pairOf, pairRange, rangeOf } from './yamlNodes';

export const writableHostMount = kubeRule(
  {
    id: 'writable-host-mount',
    title: 'Host path mounted writable',
    severity: 'warning',
    summary: 'A writable hostPath mount lets the container change files on the node, which outlive the pod and affect everything else there.',
  },
  (ctx) => {
    for (const { container, mount, volume } of hostMounts(ctx.model)) {
      if (mount.readOnly) continue;
      const namePair = pairOf(mount.node, 'name');
      const range = (namePair && pairRange(ctx.model, namePair)) ?? rangeOf(ctx.model, mount.node);
      const volumeRange = rangeOf(ctx.model, volume.pathNode);
      if (!range) continue;
      ctx.report({
        range,
        message: `Container "${container.name}" mounts host path ${volume.path} writable; add readOnly: true to the mount unless it must write to the node.`,
        ...(volumeRange ? { related: [{ message: `host path of volume "${volume.name}"`, range: volumeRange }] } : {}),
      });
    }
  },
);
