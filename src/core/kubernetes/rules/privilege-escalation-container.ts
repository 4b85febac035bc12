import type { Fix } from '../../types';
import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { capabilityName } from './podFields';
import { bool, get, pairOf, pairRange, rangeOf, seqItems } from './yamlNodes';

export const privilegeEscalationContainer = kubeRule(
  {
    id: 'privilege-escalation-container',
    aliases: ['privilegeEscalationAllowed'],
    title: 'Container allows privilege escalation',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'allowPrivilegeEscalation: true, privileged: true or the SYS_ADMIN capability let a process gain more privileges than it started with.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const sc = get(c.node, 'securityContext');
      const ape = pairOf(sc, 'allowPrivilegeEscalation');
      if (ape && bool(ape.value) === true) {
        const range = pairRange(model, ape);
        const value = ape.value;
        const fixes: Fix[] = value?.range ? [{ title: 'Set allowPrivilegeEscalation: false', edits: [{ range: model.lines.range(value.range[0], value.range[1]), newText: 'false' }], safe: true }] : [];
        if (range) ctx.report({ range, message: `Container "${c.name}" allows privilege escalation (setuid binaries can gain root); set allowPrivilegeEscalation: false.`, fixes });
      }
      const privileged = pairOf(sc, 'privileged');
      if (privileged && bool(privileged.value) === true) {
        const range = pairRange(model, privileged);
        if (range) ctx.report({ range, message: `Container "${c.name}" is privileged, which always allows privilege escalation; remove privileged: true.` });
      }
      for (const cap of seqItems(get(get(sc, 'capabilities'), 'add'))) {
        if (capabilityName(cap) !== 'SYS_ADMIN') continue;
        const range = rangeOf(model, cap);
        if (range) ctx.report({ range, message: `Container "${c.name}" adds SYS_ADMIN, which is close to full root on the node; drop it.` });
      }
    }
  },
);
