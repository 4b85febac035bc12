import { dependencyGraph, healthcheckOf } from '../facts';
import { projectView } from '../project';
import { composeRule } from './common';

export const healthyWithoutHealthcheck = composeRule(
  {
    id: 'compose-healthy-without-healthcheck',
    title: '`condition: service_healthy` on a service without a healthcheck',
    severity: 'warning',
    fixable: false,
    summary: 'A dependency can only become healthy if it has a healthcheck; without one in the file (or a HEALTHCHECK in its image), `docker compose up` fails waiting for it.',
  },
  (context) => {
    const { model, report } = context;
    const project = projectView(model, context.host);
    // In an override file the dependency's healthcheck may sit in the unread base file.
    if (!project.complete) return;
    for (const [service, deps] of dependencyGraph(model).out) {
      for (const d of deps) {
        if (d.condition !== 'service_healthy' || d.optional) continue;
        const target = model.service(d.name);
        if (!target) continue;
        const state = healthcheckOf(model, target);
        if (state === 'defined' || (state === 'absent' && project.healthy.has(d.name))) continue;
        report({
          range: d.conditionNode ? model.rangeOf(d.conditionNode) : model.range(d.span),
          message:
            state === 'disabled'
              ? `Service "${service}" waits for "${d.name}" to be healthy, but "${d.name}" disables its healthcheck, so it never becomes healthy. Use \`condition: service_started\` or enable the healthcheck.`
              : `Service "${service}" waits for "${d.name}" to be healthy, but "${d.name}" has no \`healthcheck\` here; unless its image defines a HEALTHCHECK, \`docker compose up\` fails. Add a healthcheck to "${d.name}".`,
          related: [{ message: `"${d.name}" is defined here`, range: model.rangeOf(target.keyNode) }],
        });
      }
    }
  },
);
