import { portRange, servicePorts } from '../facts';
import { composeRule, envOf } from './common';

/** A published port or range, kept as its bounds: expanded port by port, a range such as `10000-20000` meant ten thousand map entries, each copied on every insert. */
interface Owner {
  service: string;
  ip: string;
  span: [number, number];
  protocol: string;
  from: number;
  to: number;
}

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::']);

/** Two bindings of one port clash when they share an address or either listens on every address. */
function clashes(a: string, b: string): boolean {
  return a === b || ALL_INTERFACES.has(a) || ALL_INTERFACES.has(b);
}

/** The owner of the lowest port in `from..to` that `service` would clash with; among owners of that port, the first to publish it. */
function firstClash(owners: readonly Owner[], service: string, ip: string, protocol: string, from: number, to: number): Owner | undefined {
  let found: Owner | undefined;
  let foundAt = Infinity;
  for (const o of owners) {
    if (o.protocol !== protocol || o.service === service || o.to < from || o.from > to || !clashes(o.ip, ip)) continue;
    const at = Math.max(from, o.from);
    if (at < foundAt) {
      found = o;
      foundAt = at;
    }
  }
  return found;
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
    const owners: Owner[] = [];
    for (const s of model.services) {
      for (const p of servicePorts(model, s, env)) {
        if (!p.published) continue;
        const ip = p.hostIp ?? '';
        const range = portRange(p.published);
        if (!range) continue;
        const [from, to] = range;
        const clash = firstClash(owners, s.name, ip, p.protocol, from, to);
        if (clash) {
          report({
            range: model.range(p.span),
            message: `Service "${s.name}" publishes host port ${p.published}/${p.protocol}, which service "${clash.service}" already publishes; the second one fails to start. Pick another host port.`,
            related: [{ message: `"${clash.service}" publishes it here`, range: model.range(clash.span) }],
          });
          continue;
        }
        owners.push({ service: s.name, ip, span: p.span, protocol: p.protocol, from, to });
      }
    }
  },
);
