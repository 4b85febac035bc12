import { composeRule, envOf } from './common';

export const hostNetwork = composeRule(
  {
    id: 'compose-host-network',
    title: '`network_mode: host`',
    severity: 'warning',
    fixable: false,
    summary: 'With the host network the container shares the machine\'s network stack: every port it opens is open on the host, `ports` is ignored, and the service loses its own name on Compose\'s network.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      const e = s.get('network_mode');
      if (!e || model.str(e.value, env) !== 'host') continue;
      report({
        range: model.valueRange(e),
        message: `Service "${s.name}" uses the host's network stack: every port it listens on is open on the host, \`ports\` mappings are ignored, and other services cannot reach it by name. Prefer a Compose network with published ports.`,
      });
    }
  },
);
