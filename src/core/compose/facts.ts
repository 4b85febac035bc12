/**
 * What Compose's short syntaxes mean (ports, volumes, image references, dependencies), read
 * once per file and shared by the rules, hovers and the explain narrative.
 */
import type { Node } from 'yaml';
import { isMap, isScalar, isSeq } from './nodeTypes';
import type { ComposeModel, ComposeService } from './model';
import type { Env } from './interpolation';
import { scalarString, spanOf, type Entry } from './yamlNodes';

export interface PortMapping {
  /** The list item as written. */
  node: Node;
  span: [number, number];
  hostIp?: string;
  /** Host port or range (`8080`, `8000-8010`); undefined when Docker picks a random host port. */
  published?: string;
  target?: string;
  protocol: string;
  /** The text after interpolation, for messages. */
  text: string;
  short: boolean;
}

/**
 * Splits `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, with IPv6 host addresses in brackets.
 * Cut at the separators found by indexOf: splitting and re-joining the parts made this, run for
 * every port, about 2% of a Compose lint.
 */
export function parsePortSpec(spec: string): { hostIp?: string; published?: string; target?: string; protocol: string } {
  const slash = spec.indexOf('/');
  const body = slash < 0 ? spec : spec.slice(0, slash);
  const protocol = slash < 0 ? 'tcp' : spec.slice(slash + 1, indexOrEnd(spec, '/', slash + 1));
  let rest = body;
  let hostIp: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 2);
  } else {
    // Two colons or more: everything before the second-last one is the host address.
    const last = rest.lastIndexOf(':');
    const before = last > 0 ? rest.lastIndexOf(':', last - 1) : -1;
    if (before >= 0) {
      hostIp = rest.slice(0, before);
      rest = rest.slice(before + 1);
    }
  }
  const colon = rest.indexOf(':');
  if (colon < 0) return { hostIp, target: rest, protocol };
  return { hostIp, published: rest.slice(0, colon) || undefined, target: rest.slice(colon + 1, indexOrEnd(rest, ':', colon + 1)), protocol };
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/**
 * A per-service fact read once per model and env: several rules (and the explain narrative) ask for
 * the same service's ports and volumes. Callers share the returned list and must not change it.
 */
function perService<T>(model: ComposeModel, kind: string, service: ComposeService, env: Env, read: () => T): T {
  let cache = model.memo.get(kind) as { env: Env; values: Map<ComposeService, T> } | undefined;
  if (!cache || cache.env !== env) {
    cache = { env, values: new Map() };
    model.memo.set(kind, cache);
  }
  let value = cache.values.get(service);
  if (value === undefined) {
    value = read();
    cache.values.set(service, value);
  }
  return value;
}

export function servicePorts(model: ComposeModel, service: ComposeService, env: Env): readonly PortMapping[] {
  return perService(model, 'ports', service, env, () => readPorts(model, service, env));
}

function readPorts(model: ComposeModel, service: ComposeService, env: Env): PortMapping[] {
  const ports = service.get('ports');
  if (!ports || !isSeq(ports.value)) return [];
  const out: PortMapping[] = [];
  for (const raw of ports.value.items as Node[]) {
    const item = model.resolve(raw);
    const span = (ports.via ? spanOf(ports.via) : spanOf(raw)) ?? [0, 0];
    if (isScalar(item)) {
      const text = model.str(item, env) ?? '';
      out.push({ node: raw, span, ...parsePortSpec(text), text, short: true });
    } else if (isMap(item)) {
      const get = (key: string) => model.str(model.entry(item, key)?.value, env);
      const published = get('published');
      const target = get('target');
      const hostIp = get('host_ip');
      const protocol = get('protocol') ?? 'tcp';
      const text = `${hostIp ? hostIp + ':' : ''}${published ? published + ':' : ''}${target ?? ''}/${protocol}`;
      out.push({ node: raw, span, hostIp, published, target, protocol, text, short: false });
    }
  }
  return out;
}

/** The first and last port of `8000-8002` (a single port is both); undefined for anything unreadable. */
export function portRange(published: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(published.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (to < from || to - from > 65535) return undefined;
  return [from, to];
}

export interface ImageRef {
  /** Everything before the tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Reads `[registry[:port]/]path[:tag][@digest]`; a registry port is not mistaken for a tag. */
export function parseImage(ref: string): ImageRef {
  let rest = ref.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { repository: rest, digest };
}

export interface VolumeMount {
  node: Node;
  span: [number, number];
  /** `volume` for a named volume, `bind` for a host path, or the long syntax's `type`. */
  type: string;
  source?: string;
  target?: string;
  short: boolean;
}

/** A short-syntax source is a host path when it starts like one; otherwise it names a volume. */
export function isHostPath(source: string): boolean {
  return /^(?:[./~\\]|\$|[A-Za-z]:[\\/])/.test(source) || source.includes('/');
}

export function serviceVolumes(model: ComposeModel, service: ComposeService, env: Env): readonly VolumeMount[] {
  return perService(model, 'volumes', service, env, () => readVolumes(model, service, env));
}

function readVolumes(model: ComposeModel, service: ComposeService, env: Env): VolumeMount[] {
  const volumes = service.get('volumes');
  if (!volumes || !isSeq(volumes.value)) return [];
  const out: VolumeMount[] = [];
  for (const raw of volumes.value.items as Node[]) {
    const item = model.resolve(raw);
    const span = (volumes.via ? spanOf(volumes.via) : spanOf(raw)) ?? [0, 0];
    if (isScalar(item)) {
      const text = model.str(item, env) ?? '';
      const parts = splitVolume(text);
      if (parts.length === 1) out.push({ node: raw, span, type: 'volume', target: parts[0], short: true });
      else out.push({ node: raw, span, type: isHostPath(parts[0]) ? 'bind' : 'volume', source: parts[0], target: parts[1], short: true });
    } else if (isMap(item)) {
      const get = (key: string) => model.str(model.entry(item, key)?.value, env);
      out.push({ node: raw, span, type: get('type') ?? 'volume', source: get('source'), target: get('target'), short: false });
    }
  }
  return out;
}

/** Splits `SOURCE:TARGET[:MODE]`, keeping a Windows drive letter (`C:\data`) in the source. */
function splitVolume(text: string): string[] {
  const parts = text.split(':');
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1] ?? '')) {
    return [`${parts[0]}:${parts[1]}`, ...parts.slice(2)];
  }
  return parts;
}

export interface Dependency {
  name: string;
  /** The name as written, for ranges. */
  node: Node;
  span: [number, number];
  condition: string;
  /** The `condition` value node, when written. */
  conditionNode?: Node;
  /** `required: false`: Compose only warns when the dependency is missing or fails. */
  optional: boolean;
}

export function dependencies(model: ComposeModel, service: ComposeService): Dependency[] {
  const dependsOn = service.get('depends_on');
  if (!dependsOn) return [];
  return readDependencies(model, dependsOn);
}

function readDependencies(model: ComposeModel, e: Entry): Dependency[] {
  const value = e.value;
  const out: Dependency[] = [];
  if (isSeq(value)) {
    for (const raw of value.items as Node[]) {
      const item = model.resolve(raw);
      const name = scalarString(item);
      if (name !== undefined) out.push({ name, node: raw, span: (e.via ? spanOf(e.via) : spanOf(raw)) ?? e.at, condition: 'service_started', optional: false });
    }
  } else if (isMap(value)) {
    for (const dep of model.entriesOf(value)) {
      const cond = model.entry(dep.value, 'condition');
      const required = model.entry(dep.value, 'required');
      out.push({
        name: dep.key,
        node: dep.keyNode,
        span: dep.via ? (spanOf(dep.via) ?? dep.at) : dep.at,
        condition: scalarString(cond?.value) ?? 'service_started',
        conditionNode: cond?.value ?? undefined,
        optional: isScalar(required?.value) && required?.value.value === false,
      });
    }
  }
  return out;
}

/** The services this one names in `depends_on`, and the reverse index. */
export function dependencyGraph(model: ComposeModel): { out: Map<string, Dependency[]>; dependents: Map<string, string[]> } {
  const cached = model.memo.get('graph') as ReturnType<typeof dependencyGraph> | undefined;
  if (cached) return cached;
  const out = new Map<string, Dependency[]>();
  const dependents = new Map<string, string[]>();
  for (const s of model.services) {
    const deps = dependencies(model, s);
    out.set(s.name, deps);
    for (const d of deps) {
      const list = dependents.get(d.name) ?? [];
      list.push(s.name);
      dependents.set(d.name, list);
    }
  }
  const graph = { out, dependents };
  model.memo.set('graph', graph);
  return graph;
}

/** A service's healthcheck state: defined (and not disabled), disabled, or absent. */
export function healthcheckOf(model: ComposeModel, service: ComposeService): 'defined' | 'disabled' | 'absent' {
  const hc = service.get('healthcheck');
  if (!hc || !isMap(hc.value)) return 'absent';
  const disable = model.entry(hc.value, 'disable');
  if (isScalar(disable?.value) && disable?.value.value === true) return 'disabled';
  const test = model.entry(hc.value, 'test');
  const first = isSeq(test?.value) ? scalarString(test?.value.items[0] as Node) : scalarString(test?.value);
  if (first === 'NONE') return 'disabled';
  return 'defined';
}

/** How many containers a service runs: `scale`, or `deploy.replicas`; 1 when unset or not a number. */
export function replicasOf(model: ComposeModel, service: ComposeService, env: Env): { count: number; node?: Node } {
  const scale = service.get('scale');
  if (scale) return { count: Number(model.str(scale.value, env)) || 1, node: scale.keyNode };
  const deploy = service.get('deploy');
  const replicas = model.entry(deploy?.value, 'replicas');
  if (replicas) return { count: Number(model.str(replicas.value, env)) || 1, node: replicas.keyNode };
  return { count: 1 };
}
