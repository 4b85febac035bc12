import { dependencyGraph } from '../facts';
import { composeRule } from './common';

export const dependencyCycle = composeRule(
  {
    id: 'compose-dependency-cycle',
    title: 'Services depend on each other in a cycle',
    severity: 'error',
    fixable: false,
    summary: 'Compose starts a service after everything it depends on; when dependencies form a loop there is no first service, and Compose refuses the project.',
  },
  ({ model, report }) => {
    const { out } = dependencyGraph(model);
    const state = new Map<string, 'visiting' | 'done'>();
    const reported = new Set<string>();
    const stack: string[] = [];
    const visit = (name: string): void => {
      state.set(name, 'visiting');
      stack.push(name);
      for (const d of out.get(name) ?? []) {
        if (!out.has(d.name)) continue;
        const s = state.get(d.name);
        if (s === 'visiting') {
          const cycle = [...stack.slice(stack.indexOf(d.name)), d.name];
          const key = cycle.slice(0, -1).sort().join('|');
          if (!reported.has(key)) {
            reported.add(key);
            report({
              range: model.range(d.span),
              message: `Dependency cycle: ${cycle.join(' → ')}. Compose cannot decide which to start first and refuses the project; remove one of these \`depends_on\` entries.`,
            });
          }
        } else if (!s) visit(d.name);
      }
      stack.pop();
      state.set(name, 'done');
    };
    for (const name of out.keys()) if (!state.has(name)) visit(name);
  },
);
