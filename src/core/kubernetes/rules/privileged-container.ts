import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { bool, getIn, pairOf, pairRange } from './yamlNodes';

export const privilegedContainer = kubeRule(
  {
    id: 'privileged-container',
    aliases: ['container-security-context-privileged', 'runAsPrivileged'],
    title: 'Privileged container',
    severity: 'error',
    enabledByDefault: true,
    summary: 'A privileged container has every capability and the node\'s devices: a breakout from it is a breakout onto the node.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      const pair = pairOf(getIn(c.node, ['securityContext']), 'privileged');
      if (!pair || bool(pair.value) !== true) continue;
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: `Container "${c.name}" runs privileged; remove privileged: true and add only the capabilities it needs.` });
    }
  },
);
