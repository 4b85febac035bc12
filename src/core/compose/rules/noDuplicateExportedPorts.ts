import { expandPortRange, servicePorts } from '../facts';
import { composeRule, envOf } from './common';

interface Owner {
  service: string;
  ip: string;
  span: [number, number];
}

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::']);

/** Two bindings of one port clash when they share an address or either listens on every address. */
function clashes(a: string, b: string): boolean {
  return a === b || ALL_INTERFACES.has(a) || ALL_INTERFACES.has(b);
}

export const noDuplicateExportedPorts = composeRule(
  {
    id: 'no-duplicate-exported-ports',
    title: 'Two services publish the same host port',
    severity: 'error',
    fixable: false,
    summary: 'Only one process can listen on a host address, port and protocol; the second service to publish it fails with "port is already allocated".',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    const owners = new Map<string, Owner[]>();
    for (const s of model.services) {
      for (const p of servicePorts(model, s, env)) {
        if (!p.published) continue;
        const ip = p.hostIp ?? '';
        const ports = expandPortRange(p.published);
        const clash = ports.flatMap((n) => owners.get(`${n}/${p.protocol}`) ?? []).find((o) => o.service !== s.name && clashes(o.ip, ip));
        if (clash) {
          report({
            range: model.range(p.span),
            message: `Service "${s.name}" publishes host port ${p.published}/${p.protocol}, which service "${clash.service}" already publishes; the second one fails to start. Pick another host port.`,
            related: [{ message: `"${clash.service}" publishes it here`, range: model.range(clash.span) }],
          });
          continue;
        }
        for (const n of ports) {
          const key = `${n}/${p.protocol}`;
          owners.set(key, [...(owners.get(key) ?? []), { service: s.name, ip, span: p.span }]);
        }
      }
    }
  },
);
