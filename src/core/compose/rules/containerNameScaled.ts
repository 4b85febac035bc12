import { replicasOf } from '../facts';
import { composeRule, envOf } from './common';

export const containerNameScaled = composeRule(
  {
    id: 'compose-container-name-scaled',
    title: '`container_name` on a service with several replicas',
    severity: 'error',
    fixable: false,
    summary: 'A container name must be unique, so a service with a fixed `container_name` cannot run more than one container; `scale` or `deploy.replicas` above 1 fails.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      const name = s.get('container_name');
      if (!name) continue;
      const { count, node } = replicasOf(model, s, env);
      if (count <= 1) continue;
      report({
        range: model.range(name.at),
        message: `Service "${s.name}" asks for ${count} containers but fixes \`container_name\`; Docker cannot give two containers the same name, so scaling fails. Remove \`container_name\`.`,
        related: node ? [{ message: 'replicas are set here', range: model.rangeOf(node) }] : undefined,
      });
    }
  },
);
