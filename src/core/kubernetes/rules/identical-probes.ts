import { isMap, isScalar, isSeq } from 'yaml';
import { kubeRule } from './kubeRule';
import { probedContainers } from './probeChecks';
import { keyRange, pairOf } from './yamlNodes';

/** A probe's content, independent of key order and formatting (a walk over the nodes, no conversion). */
function canonical(node: unknown): string {
  if (isMap(node)) {
    const entries = node.items.map((p) => `${JSON.stringify(isScalar(p.key) ? String(p.key.value) : '?')}:${canonical(p.value)}`);
    return `{${entries.sort().join(',')}}`;
  }
  if (isSeq(node)) return `[${node.items.map(canonical).join(',')}]`;
  if (isScalar(node)) return JSON.stringify(node.value ?? null);
  return 'null';
}

export const identicalProbes = kubeRule(
  {
    id: 'identical-probes',
    aliases: ['pod-probes-identical'],
    title: 'Liveness and readiness probes are identical',
    severity: 'warning',
    enabledByDefault: true,
    summary: 'Readiness takes a pod out of load balancing, liveness restarts it; when both run the same check, a slow dependency makes Kubernetes restart every pod at once instead of waiting.',
  },
  (ctx) => {
    for (const c of probedContainers(ctx)) {
      const liveness = pairOf(c.node, 'livenessProbe');
      const readiness = pairOf(c.node, 'readinessProbe');
      if (!liveness?.value || !readiness?.value || canonical(liveness.value) !== canonical(readiness.value)) continue;
      const range = keyRange(ctx.model, liveness);
      const other = keyRange(ctx.model, readiness);
      if (range) {
        ctx.report({
          range,
          message: `Container "${c.name}" uses the same check for liveness and readiness; make liveness cheaper or more tolerant (e.g. a higher failureThreshold) so it only fails when a restart helps.`,
          ...(other ? { related: [{ message: 'the identical readinessProbe', range: other }] } : {}),
        });
      }
    }
  },
);
