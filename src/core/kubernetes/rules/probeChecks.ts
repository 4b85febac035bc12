/** The probe presence and probe port checks share their container selection and lookups. */
import { isPatch } from './patchFiles';
import type { Node as YamlNode } from 'yaml';
import type { KubeContext } from './kubeRule';
import { probeFix } from './fixes';
import { tcpPorts } from './podFields';
import { containersOf, type Container } from './workloads';
import { get, num, pairOf, rangeOf, str } from './yamlNodes';

export type ProbeKey = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

/**
 * Containers probes apply to: regular containers of long-running workloads. Init containers run to
 * completion (and may not have these probes), ephemeral ones cannot have them, and a Job's pod is
 * meant to finish, so a probe there only gets in the way.
 */
export function* probedContainers(ctx: KubeContext): Iterable<Container> {
  for (const c of containersOf(ctx.model, ['regular'])) if (!c.workload.jobLike) yield c;
}

export function reportMissingProbe(ctx: KubeContext, probe: 'livenessProbe' | 'readinessProbe', why: string): void {
  if (isPatch(ctx)) return;
  for (const c of probedContainers(ctx)) {
    if (pairOf(c.node, probe)) continue;
    const fix = probeFix(ctx.model, c, probe);
    ctx.report({ range: c.anchor, message: `Container "${c.name}" has no ${probe}; ${why}`, fixes: fix ? [fix] : [] });
  }
}

/** The port a probe targets (httpGet, tcpSocket or grpc), with its node. */
function probePort(probe: YamlNode | undefined): YamlNode | undefined {
  return get(get(probe, 'httpGet'), 'port') ?? get(get(probe, 'tcpSocket'), 'port') ?? get(get(probe, 'grpc'), 'port');
}

/** Reports probes whose port the container does not expose (by number or by name). */
export function reportProbePort(ctx: KubeContext, probe: ProbeKey): void {
  // A patch that adds a probe leaves the ports to the base.
  if (isPatch(ctx)) return;
  for (const c of containersOf(ctx.model, ['regular'])) {
    const portNode = probePort(get(c.node, probe));
    if (!portNode) continue;
    const ports = tcpPorts(c);
    const n = num(portNode);
    const name = str(portNode);
    if (n !== undefined ? ports.numbers.has(n) : name !== undefined && ports.names.has(name)) continue;
    const range = rangeOf(ctx.model, portNode);
    if (!range) continue;
    const exposed = [...ports.numbers, ...ports.names].join(', ') || 'none';
    ctx.report({
      range,
      message: `The ${probe} of container "${c.name}" targets port ${name ?? n}, which the container does not declare (its TCP ports: ${exposed}); declare the port or point the probe at one that is.`,
    });
  }
}
