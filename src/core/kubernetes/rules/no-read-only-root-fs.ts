import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { securityContextFix } from './fixes';
import { containersOf } from './workloads';
import { bool, getIn, pairOf, pairRange } from './yamlNodes';

export const noReadOnlyRootFs = kubeRule(
  {
    id: 'no-read-only-root-fs',
    aliases: ['container-security-context-readonlyrootfilesystem', 'notReadOnlyRootFilesystem'],
    title: 'Container root filesystem is writable',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'A read-only root filesystem stops an attacker or a bug from changing the container\'s binaries and config; writable paths become explicit volumes.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const pair = pairOf(getIn(c.node, ['securityContext']), 'readOnlyRootFilesystem');
      if ((pair && bool(pair.value) === true) || (!pair && isPatch(ctx))) continue;
      const range = (pair && pairRange(model, pair)) ?? c.anchor;
      const fix = securityContextFix(model, c, 'readOnlyRootFilesystem', 'true');
      ctx.report({
        range,
        message: `Container "${c.name}" can write to its root filesystem; set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where it must write.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
);
