import { hostMounts } from './hostMounts';
import { kubeRule } from './kubeRule';
import { rangeOf } from './yamlNodes';

export const dockerSock = kubeRule(
  {
    id: 'docker-sock',
    title: 'Container mounts the Docker socket',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'Whoever can talk to the container runtime socket can start a privileged container on the node: it is root on the node.',
  },
  (ctx) => {
    for (const { container, mount, volume } of hostMounts(ctx.model)) {
      if (!/docker\.sock$/.test(volume.path)) continue;
      const range = rangeOf(ctx.model, volume.pathNode);
      const mountRange = rangeOf(ctx.model, mount.node);
      if (!range) continue;
      ctx.report({
        range,
        message: `Container "${container.name}" mounts the Docker socket (${volume.path}), which gives it control of the node; remove the volume and its mount.`,
        ...(mountRange ? { related: [{ message: `mounted by container "${container.name}" here`, range: mountRange }] } : {}),
      });
    }
  },
);
