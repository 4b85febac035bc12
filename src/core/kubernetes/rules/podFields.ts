/** Shared readers for pod and container fields that several checks interpret the same way. */
import type { Node as YamlNode, YAMLMap } from 'yaml';
import type { KubeContext } from './kubeRule';
import { workloads, type Container, type Workload } from './workloads';
import { bool, get, getIn, mapItems, num, pairOf, pairRange, str } from './yamlNodes';

/** Reports every workload whose pod spec sets `key: true` (hostNetwork, hostPID, hostIPC). */
export function reportPodFlag(ctx: KubeContext, key: string, message: (w: Workload) => string): void {
  for (const w of workloads(ctx.model)) {
    const pair = pairOf(w.podSpec, key);
    if (pair && bool(pair.value) === true) {
      const range = pairRange(ctx.model, pair);
      if (range) ctx.report({ range, message: message(w) });
    }
  }
}

/** A hostPath volume of the pod by volume name. */
export interface HostPathVolume {
  name: string;
  path: string;
  /** The `path:` value, where findings point. */
  pathNode: YamlNode;
}

export function hostPathVolumes(w: Workload): Map<string, HostPathVolume> {
  const out = new Map<string, HostPathVolume>();
  for (const v of mapItems(get(w.podSpec, 'volumes'))) {
    const pathNode = getIn(v, ['hostPath', 'path']);
    const name = str(get(v, 'name'));
    const path = str(pathNode);
    if (name && path !== undefined && pathNode) out.set(name, { name, path, pathNode });
  }
  return out;
}

export interface Mount {
  node: YAMLMap;
  name: string;
  readOnly: boolean;
}

export function mountsOf(c: Container): Mount[] {
  return mapItems(get(c.node, 'volumeMounts')).map((node) => ({ node, name: str(get(node, 'name')) ?? '', readOnly: bool(get(node, 'readOnly')) === true }));
}

/** A container securityContext value, falling back to the pod's for the fields a pod may set. */
export function effectiveSecurity(c: Container, key: 'runAsUser' | 'runAsGroup' | 'runAsNonRoot'): { node: YamlNode; from: 'container' | 'pod' } | undefined {
  const own = getIn(c.node, ['securityContext', key]);
  if (own) return { node: own, from: 'container' };
  const pod = getIn(c.workload.podSpec, ['securityContext', key]);
  return pod ? { node: pod, from: 'pod' } : undefined;
}

/** The container's TCP ports, by number and by name (what probes may refer to). */
export function tcpPorts(c: Container): { numbers: Set<number>; names: Set<string> } {
  const numbers = new Set<number>();
  const names = new Set<string>();
  for (const p of mapItems(get(c.node, 'ports'))) {
    const protocol = str(get(p, 'protocol')) ?? 'TCP';
    if (protocol.toUpperCase() !== 'TCP') continue;
    const n = num(get(p, 'containerPort'));
    if (n !== undefined) numbers.add(n);
    const name = str(get(p, 'name'));
    if (name) names.add(name);
  }
  return { numbers, names };
}

/** Resource quantities: unset, or a zero such as `0`, `0m`, `0Gi`. */
export function isZeroQuantity(node: YamlNode | undefined): boolean {
  const s = str(node);
  if (s === undefined) return true;
  return /^[+]?0*(?:\.0*)?(?:[a-zA-Z]{1,2})?$/.test(s.trim()) && !/[1-9]/.test(s);
}

/** The replica count a workload asks for; kube-linter's DL-with-replicas kinds, unset meaning 1. */
export const REPLICATED_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController', 'DeploymentConfig']);
export function replicasOf(w: Workload): { count: number; node?: YamlNode } {
  const node = get(w.spec, 'replicas');
  return { count: num(node) ?? 1, node };
}

/** The name of the effective service account: `serviceAccountName`, else the deprecated `serviceAccount`. */
export function serviceAccountOf(w: Workload): { name: string; node?: YamlNode } {
  const node = get(w.podSpec, 'serviceAccountName') ?? get(w.podSpec, 'serviceAccount');
  return { name: str(node) ?? '', node };
}

/** A capability name as the runtime reads it: upper case, without the optional `CAP_` prefix. */
export function capabilityName(node: YamlNode | undefined): string | undefined {
  const s = str(node);
  return s === undefined ? undefined : s.toUpperCase().replace(/^CAP_/, '');
}
