import { kubeRule } from './kubeRule';
import { isPatch } from './patchFiles';
import { resourcesFix } from './fixes';
import { isZeroQuantity } from './podFields';
import { containersOf } from './workloads';
import { getIn, rangeOf } from './yamlNodes';

export const unsetCpuRequirements = kubeRule(
  {
    id: 'unset-cpu-requirements',
    aliases: ['cpuRequestsMissing'],
    title: 'Container without a CPU request',
    severity: 'warning',
    enabledByDefault: true,
    fixable: true,
    summary: 'Without a CPU request the scheduler assumes the container needs no CPU, so it can land on a busy node and be starved.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const node = getIn(c.node, ['resources', 'requests', 'cpu']);
      if (!isZeroQuantity(node) || (!node && isPatch(ctx))) continue;
      const fix = resourcesFix(model, c, 'cpu-request');
      ctx.report({
        range: (node && rangeOf(model, node)) ?? c.anchor,
        message: node ? `Container "${c.name}" requests zero CPU; request what it uses at steady state (e.g. 100m).` : `Container "${c.name}" has no CPU request; set resources.requests.cpu so the scheduler reserves CPU for it.`,
        fixes: fix ? [fix] : [],
      });
    }
  },
);
