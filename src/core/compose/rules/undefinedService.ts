import { dependencyGraph } from '../facts';
import { closestName as closest } from '../../suggest';
import { projectView } from '../project';
import { composeRule, fix } from './common';

export const undefinedService = composeRule(
  {
    id: 'compose-undefined-service',
    title: '`depends_on` names a service that does not exist',
    severity: 'error',
    fixable: true,
    summary: 'Compose refuses to start a project whose `depends_on` names a service missing from the file ("depends on undefined service"); usually a typo or a service that was renamed.',
  },
  (context) => {
    const { model, report } = context;
    if (!model.top('services')) return;
    // An `include` or an unread base file can define services this file cannot see; stay quiet then.
    const project = projectView(model, context.host);
    if (!project.complete) return;
    const known = project.services;
    const names = [...known];
    for (const [service, deps] of dependencyGraph(model).out) {
      for (const d of deps) {
        if (known.has(d.name)) continue;
        const suggestion = closest(d.name, names.filter((n) => n !== service));
        const range = model.range(d.span);
        report({
          range,
          message: `Service "${service}" depends on "${d.name}", which is not defined in this file; \`docker compose up\` stops with "depends on undefined service".${suggestion ? ` Did you mean "${suggestion}"?` : ' Define it under `services:` or remove the dependency.'}`,
          fixes: suggestion && model.text.slice(d.span[0], d.span[1]) === d.name ? fix(`Change to "${suggestion}"`, { range, newText: suggestion }, false) : [],
        });
      }
    }
  },
);
