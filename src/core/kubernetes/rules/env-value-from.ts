import type { YAMLMap } from 'yaml';
import { kubeRule } from './kubeRule';
import { containersOf, fileIndex, kindAnchor, type KubeObject } from './workloads';
import { bool, get, keyRange, mapItems, pairOf, pairs, rangeOf, str } from './yamlNodes';

/** The keys a ConfigMap or Secret provides (data, stringData, binaryData). */
function keysOf(o: KubeObject): Set<string> {
  const keys = new Set<string>();
  for (const field of ['data', 'stringData', 'binaryData']) for (const p of pairs(get(o.root, field))) keys.add(String(p.key.value));
  return keys;
}

export const envValueFrom = kubeRule(
  {
    id: 'env-value-from',
    title: 'Env var refers to a missing ConfigMap or Secret key',
    severity: 'warning',
    summary: 'A container whose env refers to a ConfigMap or Secret (or key) that does not exist fails to start with CreateContainerConfigError.',
  },
  (ctx) => {
    const { model } = ctx;
    const index = fileIndex(model);
    const sources: Record<string, { kind: string; objects: KubeObject[] }> = {
      configMapKeyRef: { kind: 'ConfigMap', objects: index.ofKind('ConfigMap') },
      secretKeyRef: { kind: 'Secret', objects: index.ofKind('Secret') },
    };
    for (const c of containersOf(model)) {
      for (const env of mapItems(get(c.node, 'env'))) {
        for (const [field, source] of Object.entries(sources)) {
          // Objects defined in other files cannot be checked yet: judge only when this file defines some.
          if (source.objects.length === 0) continue;
          const refPair = pairOf(get(env, 'valueFrom'), field);
          const ref = refPair?.value as YAMLMap | undefined;
          if (!refPair || !ref || bool(get(ref, 'optional')) === true) continue;
          const nameNode = get(ref, 'name');
          const name = str(nameNode);
          const target = source.objects.find((o) => o.name === name);
          if (!target) {
            const range = rangeOf(model, nameNode) ?? keyRange(model, refPair);
            if (range) ctx.report({ range, message: `Env var ${str(get(env, 'name')) ?? '?'} of container "${c.name}" reads ${source.kind} "${name ?? ''}", which this file does not define; fix the name or mark the reference optional: true.` });
            continue;
          }
          const keyNode = get(ref, 'key');
          const key = str(keyNode);
          if (key === undefined || keysOf(target).has(key)) continue;
          const range = rangeOf(model, keyNode);
          if (range) {
            ctx.report({
              range,
              message: `${source.kind} "${target.name}" has no key "${key}", so container "${c.name}" will not start; use one of its keys (${[...keysOf(target)].join(', ') || 'none'}).`,
              related: [{ message: `${source.kind} "${target.name}"`, range: kindAnchor(model, target.root) }],
            });
          }
        }
      }
    }
  },
);
