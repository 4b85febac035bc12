import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { resourcesFix } from './fixes';
import { isZeroQuantity } from './podFields';
import { containersOf } from './workloads';
import { getIn, rangeOf } from './yamlNodes';

export const unsetMemoryRequirements = kubeRule(
  {
    id: 'unset-memory-requirements',
    aliases: ['memoryLimitsMissing'],
    title: 'Container without a memory limit',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'Without a memory limit one leaking container can use all of a node\'s memory and get its neighbours killed.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const node = getIn(c.node, ['resources', 'limits', 'memory']);
      if (!isZeroQuantity(node) || (!node && isPatch(ctx))) continue;
      const fix = resourcesFix(model, c, 'memory-limit');
      ctx.report({
        range: (node && rangeOf(model, node)) ?? c.anchor,
        message: node ? `Container "${c.name}" has a zero memory limit; set a real limit (e.g. 128Mi) above its peak usage.` : `Container "${c.name}" has no memory limit; set resources.limits.memory so a leak is contained to this container.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
);
