import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, mapItems, pairOf, pairRange, str } from './yamlNodes';

export const envVarSecret = kubeRule(
  {
    id: 'env-var-secret',
    aliases: ['sensitiveContainerEnvVar'],
    title: 'Secret written in plain text in an env var',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'A secret written as a literal env value is stored in the manifest, in version control and in the API for anyone who can read the object.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      for (const env of mapItems(get(c.node, 'env'))) {
        const name = str(get(env, 'name'));
        const valuePair = pairOf(env, 'value');
        const value = str(valuePair?.value);
        if (!name || !/secret/i.test(name) || !value || !valuePair) continue;
        const range = pairRange(ctx.model, valuePair);
        if (range) ctx.report({ range, message: `Env var ${name} of container "${c.name}" holds a literal value; keep it in a Secret and use valueFrom.secretKeyRef.` });
      }
    }
  },
);
