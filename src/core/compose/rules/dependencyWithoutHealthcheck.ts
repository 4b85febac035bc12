import { dependencyGraph, healthcheckOf } from '../facts';
import { projectView } from '../project';
import { composeRule } from './common';

export const dependencyWithoutHealthcheck = composeRule(
  {
    id: 'compose-dependency-without-healthcheck',
    title: 'A service others depend on has no healthcheck',
    severity: 'info',
    fixable: false,
    summary: '`depends_on` only waits for a container to start, not for it to be ready; give the dependency a healthcheck so dependents can wait with `condition: service_healthy`.',
  },
  (context) => {
    const { model, report } = context;
    const project = projectView(model, context.host);
    if (!project.complete) return;
    const { out, dependents } = dependencyGraph(model);
    for (const s of model.services) {
      const users = dependents.get(s.name);
      if (!users || healthcheckOf(model, s) !== 'absent' || project.healthy.has(s.name)) continue;
      // A one-shot job that others wait to finish needs no healthcheck.
      const waits = users.flatMap((u) => (out.get(u) ?? []).filter((d) => d.name === s.name));
      if (waits.every((d) => d.condition === 'service_completed_successfully')) continue;
      report({
        range: model.rangeOf(s.keyNode),
        message: `Service "${s.name}" is a dependency of ${users.map((u) => `"${u}"`).join(', ')} but has no healthcheck, so they start as soon as its container starts, ready or not. Add a \`healthcheck\` and use \`condition: service_healthy\`.`,
      });
    }
  },
);
