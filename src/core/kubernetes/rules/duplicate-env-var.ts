import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, mapItems, rangeOf, str } from './yamlNodes';
import type { Node as YamlNode } from 'yaml';

export const duplicateEnvVar = kubeRule(
  {
    id: 'duplicate-env-var',
    aliases: ['environment-variable-key-duplication'],
    title: 'Environment variable defined twice',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'When a container lists the same env name twice only the last value wins, so the first one silently does nothing.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      const seen = new Map<string, YamlNode>();
      const reported = new Set<string>();
      for (const env of mapItems(get(c.node, 'env'))) {
        const nameNode = get(env, 'name');
        const name = str(nameNode);
        if (name === undefined || !nameNode) continue;
        const first = seen.get(name);
        if (!first) {
          seen.set(name, nameNode);
          continue;
        }
        if (reported.has(name)) continue;
        reported.add(name);
        const range = rangeOf(model, nameNode);
        const firstRange = rangeOf(model, first);
        if (!range) continue;
        ctx.report({
          range,
          message: `Container "${c.name}" defines env var ${name} more than once; only the last definition takes effect. Keep one.`,
          ...(firstRange ? { related: [{ message: `${name} first defined here`, range: firstRange }] } : {}),
        });
      }
    }
  },
);
