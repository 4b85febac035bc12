import { hostMounts } from './hostMounts';
import { kubeRule } from './kubeRule';
import { rangeOf } from './yamlNodes';

const SENSITIVE = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr']);

export const sensitiveHostMounts = kubeRule(
  {
    id: 'sensitive-host-mounts',
    title: 'Container mounts a sensitive host directory',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'Mounting the node\'s /, /etc, /proc, /sys, /dev, /boot, /lib or /usr exposes its configuration, kernel interfaces or binaries to the container.',
  },
  (ctx) => {
    for (const { container, mount, volume } of hostMounts(ctx.model)) {
      const path = volume.path.length > 1 ? volume.path.replace(/\/+$/, '') : volume.path;
      if (!SENSITIVE.has(path)) continue;
      const range = rangeOf(ctx.model, volume.pathNode);
      const mountRange = rangeOf(ctx.model, mount.node);
      if (!range) continue;
      ctx.report({
        range,
        message: `Container "${container.name}" mounts the host's ${volume.path}; mount a narrower path, or use a ConfigMap or emptyDir instead.`,
        ...(mountRange ? { related: [{ message: `mounted by container "${container.name}" here`, range: mountRange }] } : {}),
      });
    }
  },
);
