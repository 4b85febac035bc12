import { kubeRule } from './kubeRule';
import { capabilityName } from './podFields';
import { containersOf } from './workloads';
import { get, keyRange, pairOf, rangeOf, seqItems } from './yamlNodes';

export const dropNetRawCapability = kubeRule(
  {
    id: 'drop-net-raw-capability',
    title: 'Container keeps the NET_RAW capability',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'NET_RAW lets a process forge packets and spoof addresses on the pod network; few applications need it.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const capsPair = pairOf(get(c.node, 'securityContext'), 'capabilities');
      if (!capsPair) continue;
      const caps = capsPair.value;
      for (const cap of seqItems(get(caps, 'add'))) {
        const name = capabilityName(cap);
        if (name !== 'NET_RAW' && name !== 'ALL') continue;
        const range = rangeOf(model, cap);
        if (range) ctx.report({ range, message: `Container "${c.name}" adds ${name}, which includes raw sockets; remove it from capabilities.add.` });
      }
      const drops = seqItems(get(caps, 'drop')).map(capabilityName);
      if (drops.includes('NET_RAW') || drops.includes('ALL')) continue;
      const dropPair = pairOf(caps, 'drop');
      const range = (dropPair && keyRange(model, dropPair)) ?? keyRange(model, capsPair);
      if (range) ctx.report({ range, message: `Container "${c.name}" does not drop NET_RAW; add NET_RAW (or ALL) to capabilities.drop.` });
    }
  },
);
