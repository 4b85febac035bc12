import { isScalar } from '../nodeTypes';
import { servicePorts } from '../facts';
import { composeRule, envOf, fix } from './common';

export const noUnboundPortInterfaces = composeRule(
  {
    id: 'no-unbound-port-interfaces',
    title: 'Published port listens on every network interface',
    severity: 'error',
    fixable: true,
    summary: 'A port published without a host address is reachable from every network the machine is on, and Docker\'s firewall rules bypass host firewalls such as ufw; bind it to 127.0.0.1 unless others must reach it.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      for (const p of servicePorts(model, s, env)) {
        if (p.hostIp && p.hostIp !== '0.0.0.0' && p.hostIp !== '::') continue;
        const range = model.range(p.span);
        const raw = p.node;
        // Only a plain or quoted short entry written here can be rewritten by text.
        const canFix = p.short && !p.hostIp && isScalar(raw) && typeof raw.value === 'string' && !raw.value.includes('$') && !s.get('ports')?.via;
        const quote = isScalar(raw) && raw.type === 'QUOTE_DOUBLE' ? '"' : "'";
        report({
          range,
          message: `Service "${s.name}" publishes ${p.published ? `host port ${p.published}` : `container port ${p.target ?? ''} on a random host port`} on all interfaces (${p.hostIp ?? '0.0.0.0'}), so any machine that can reach this host can connect. Bind it to one address, e.g. \`127.0.0.1:${p.published ? '' : ':'}${p.text.replace(/^(?:0\.0\.0\.0|::|\[::\]):/, '')}\`.`,
          // `IP::CONTAINER` keeps Docker's random host port when none was published.
          fixes: canFix ? fix('Bind to 127.0.0.1 only', { range, newText: `${quote}127.0.0.1:${p.published ? '' : ':'}${String((raw as { value: string }).value)}${quote}` }, false) : [],
        });
      }
    }
  },
);
