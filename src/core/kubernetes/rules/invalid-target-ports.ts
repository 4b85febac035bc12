import { kubeRule } from './kubeRule';
import { containersOf, fileIndex } from './workloads';
import { get, mapItems, num, rangeOf, str } from './yamlNodes';
import { isScalar } from 'yaml';

/** Why a port name breaks the IANA service-name rules the API enforces, or undefined when valid. */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return 'is longer than 15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'may contain only lower-case letters, digits and "-"';
  if (!/[a-z]/.test(name)) return 'must contain at least one letter';
  if (name.startsWith('-') || name.endsWith('-')) return 'must not start or end with "-"';
  if (name.includes('--')) return 'must not contain "--"';
  return undefined;
}

export const invalidTargetPorts = kubeRule(
  {
    id: 'invalid-target-ports',
    title: 'Invalid port name or target port',
    severity: 'error',
    enabledByDefault: true,
    summary: 'Port names must be IANA service names (at most 15 lower-case letters, digits and dashes) and port numbers 1-65535, or the API rejects the object or the Service never routes.',
  },
  (ctx) => {
    const { model } = ctx;
    for (const c of containersOf(model)) {
      for (const p of mapItems(get(c.node, 'ports'))) {
        const node = get(p, 'name');
        const name = str(node);
        const problem = name === undefined ? undefined : portNameProblem(name);
        const range = rangeOf(model, node);
        if (problem && range) ctx.report({ range, message: `Port name "${name}" of container "${c.name}" ${problem}; rename it (Services and probes refer to ports by this name).` });
      }
    }
    for (const svc of fileIndex(model).ofKind('Service')) {
      for (const p of mapItems(get(get(svc.root, 'spec'), 'ports'))) {
        const node = get(p, 'targetPort');
        if (!isScalar(node)) continue;
        const n = num(node);
        const range = rangeOf(model, node);
        if (!range) continue;
        if (n !== undefined) {
          if (n !== 0 && (n < 1 || n > 65535)) ctx.report({ range, message: `targetPort ${n} of Service "${svc.name}" is outside 1-65535; use the container's port number or name.` });
          continue;
        }
        const name = str(node);
        const problem = name === undefined ? undefined : portNameProblem(name);
        if (problem) ctx.report({ range, message: `targetPort "${name}" of Service "${svc.name}" ${problem}; use a valid container port name or a number.` });
      }
    }
  },
);
