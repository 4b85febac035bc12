import { isScalar } from '../nodeTypes';
import { composeRule, envOf } from './common';

export const privileged = composeRule(
  {
    id: 'compose-privileged',
    title: 'Privileged container',
    severity: 'warning',
    fixable: false,
    summary: '`privileged: true` gives the container every kernel capability and all host devices; a process that escapes it owns the host. Grant the one capability it needs with `cap_add` instead.',
  },
  (context) => {
    const { model, report } = context;
    const env = envOf(context);
    for (const s of model.services) {
      const e = s.get('privileged');
      if (!e) continue;
      const on = isScalar(e.value) && (e.value.value === true || model.str(e.value, env) === 'true');
      if (!on) continue;
      report({
        range: model.valueRange(e),
        message: `Service "${s.name}" runs privileged: it gets every kernel capability and access to all host devices, so escaping it means owning the host. Remove \`privileged\` and add only the capabilities it needs with \`cap_add\`.`,
      });
    }
  },
);
