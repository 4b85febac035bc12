import { composeRule, envOf } from './common';

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const serviceContainerNameRegex = composeRule(
  {
    id: 'service-container-name-regex',
    title: 'Invalid `container_name`',
    severity: 'error',
    fixable: false,
    summary: 'Docker accepts container names of letters, digits, `_`, `.` and `-` that start with a letter or digit (at least two characters); anything else fails at `docker compose up`.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      const e = s.get('container_name');
      const name = model.str(e?.value, env);
      if (!e || name === undefined || VALID.test(name)) continue;
      report({
        range: model.valueRange(e),
        message: `Container name "${name}" of service "${s.name}" is not allowed: use letters, digits, \`_\`, \`.\` and \`-\`, starting with a letter or digit (pattern ${VALID.source}).`,
      });
    }
  },
);
