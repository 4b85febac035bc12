import { composeRule, envOf } from './common';

export const noDuplicateContainerNames = composeRule(
  {
    id: 'no-duplicate-container-names',
    title: 'Two services share a `container_name`',
    severity: 'error',
    fixable: false,
    summary: 'Docker needs every container name to be unique on a host; the second service with the same name fails to start.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    const seen = new Map<string, { service: string; range: ReturnType<typeof model.range> }>();
    for (const s of model.services) {
      const e = s.get('container_name');
      const name = model.str(e?.value, env);
      if (!e || name === undefined) continue;
      const first = seen.get(name);
      if (!first) {
        seen.set(name, { service: s.name, range: model.valueRange(e) });
        continue;
      }
      report({
        range: model.valueRange(e),
        message: `Service "${s.name}" uses container name "${name}", already used by service "${first.service}"; Docker refuses a second container with the same name. Rename one or drop \`container_name\`.`,
        related: [{ message: `"${first.service}" uses the name here`, range: first.range }],
      });
    }
  },
);
