import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { securityContextFix } from './fixes';
import { effectiveSecurity } from './podFields';
import { containersOf } from './workloads';
import { bool, num, rangeOf } from './yamlNodes';

export const runAsNonRoot = kubeRule(
  {
    id: 'run-as-non-root',
    aliases: ['runAsRootAllowed'],
    title: 'Container may run as root',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'Root inside a container is root on the node\'s kernel; requiring a non-root user limits what a compromised process can do.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const group = effectiveSecurity(c, 'runAsGroup');
      if (group && num(group.node) === 0) {
        ctx.report({ range: rangeOf(model, group.node) ?? c.anchor, message: `Container "${c.name}" runs with group 0 (root); set runAsGroup to a non-zero group id.` });
        continue;
      }
      const user = effectiveSecurity(c, 'runAsUser');
      const uid = user ? num(user.node) : undefined;
      if (uid !== undefined && uid > 0) continue;
      const nonRoot = effectiveSecurity(c, 'runAsNonRoot');
      if (nonRoot && bool(nonRoot.node) === true) {
        if (uid === 0 && user) ctx.report({ range: rangeOf(model, user.node) ?? c.anchor, message: `Container "${c.name}" sets runAsNonRoot: true but runAsUser: 0, so it will not start; use a non-zero user id.` });
        continue;
      }
      if (uid === 0 && user) {
        ctx.report({ range: rangeOf(model, user.node) ?? c.anchor, message: `Container "${c.name}" runs as user 0 (root); set runAsUser to a non-zero id and runAsNonRoot: true.` });
        continue;
      }
      if (!nonRoot && isPatch(ctx)) continue;
      const fix = securityContextFix(model, c, 'runAsNonRoot', 'true');
      ctx.report({
        range: (nonRoot && rangeOf(model, nonRoot.node)) ?? c.anchor,
        message: `Container "${c.name}" is not required to run as a non-root user; set securityContext.runAsNonRoot: true (and a non-zero runAsUser if the image has no USER).`,
        fixes: fix ? [fix] : [],
      });
    }
  },
);
