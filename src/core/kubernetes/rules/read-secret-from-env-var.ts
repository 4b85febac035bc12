import { kubeRule } from './kubeRule';
import { containersOf } from './workloads';
import { get, getIn, mapItems, pairOf, keyRange, str } from './yamlNodes';

export const readSecretFromEnvVar = kubeRule(
  {
    id: 'read-secret-from-env-var',
    title: 'Secret read through an env var',
    severity: 'info',
    summary: 'Environment variables leak into crash dumps, logs and child processes; secrets mounted as files do not, and they update without a restart.',
  },
  (ctx) => {
    for (const c of containersOf(ctx.model)) {
      for (const env of mapItems(get(c.node, 'env'))) {
        const ref = pairOf(get(env, 'valueFrom'), 'secretKeyRef');
        if (!ref) continue;
        const range = keyRange(ctx.model, ref);
        const secret = str(getIn(ref.value, ['name'])) ?? '?';
        if (range) ctx.report({ range, message: `Env var ${str(get(env, 'name')) ?? '?'} of container "${c.name}" reads Secret "${secret}"; mount the Secret as a volume and read the file instead.` });
      }
    }
  },
);
