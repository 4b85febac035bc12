/**
 * One pass over a file's documents, shared by every check: the objects, the workloads with their pod
 * spec and containers, and lookups by kind for cross-object checks. Built once per parsed model (the
 * engine reuses the model while the text is unchanged) and cached weakly, so 60-odd checks cost one walk.
 * CRDs and other non-workload kinds are listed but never descended into.
 */
import type { Pair, Scalar, YAMLMap, Node as YamlNode } from 'yaml';
import type { Range } from '../../types';
import type { KubeDocument, KubernetesModel } from '../model';
import { asMap, get, getIn, keyRange, mapItems, pairOf, pairRange, str, stringMap } from './yamlNodes';

export type ContainerKind = 'init' | 'regular' | 'ephemeral';

export interface Container {
  node: YAMLMap;
  kind: ContainerKind;
  name: string;
  /** Where findings about a missing container field point: the `name:` entry, else the item's first key. */
  readonly anchor: Range;
  workload: Workload;
}

export interface KubeObject {
  doc: KubeDocument;
  root: YAMLMap;
  kind: string;
  apiVersion: string;
  /** API group, '' for the core group. */
  group: string;
  name: string;
  /** '' when the manifest leaves it to `kubectl -n` (matches any namespace in cross-object checks). */
  namespace: string;
}

export interface Workload extends KubeObject {
  /** The object's own `spec` (replicas, selector, strategy...). */
  spec?: YAMLMap;
  /** The pod template (`metadata` + `spec`); absent for a bare Pod. */
  template?: YAMLMap;
  podSpec: YAMLMap;
  /** The `spec:` pair that holds the pod spec: where pod-level "missing field" findings point. */
  podSpecPair: Pair;
  podLabels: Record<string, string>;
  containers: Container[];
  /** Job or CronJob: runs to completion, so no probes and no replicas. */
  jobLike: boolean;
}

export interface FileIndex {
  objects: KubeObject[];
  workloads: Workload[];
  ofKind(kind: string): KubeObject[];
}

/** Where each workload kind keeps its pod spec. */
export const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  DeploymentConfig: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** API groups a workload kind may come from, so a CRD that reuses a name is not mistaken for it. */
const WORKLOAD_GROUPS: Record<string, readonly string[]> = {
  Pod: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
  DeploymentConfig: ['apps.openshift.io', ''],
};

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

const cache = new WeakMap<KubernetesModel, FileIndex>();

export function fileIndex(model: KubernetesModel): FileIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildIndex(model);
    cache.set(model, index);
  }
  return index;
}

export function workloads(model: KubernetesModel): Workload[] {
  return fileIndex(model).workloads;
}

export function* containersOf(model: KubernetesModel, kinds: readonly ContainerKind[] = ['init', 'regular', 'ephemeral']): Iterable<Container> {
  for (const w of fileIndex(model).workloads) for (const c of w.containers) if (kinds.includes(c.kind)) yield c;
}

function buildIndex(model: KubernetesModel): FileIndex {
  const objects: KubeObject[] = [];
  const workloadList: Workload[] = [];
  const byKind = new Map<string, KubeObject[]>();
  for (const doc of model.documents) {
    if (doc.skipped || !doc.isKubernetesObject || !doc.root || !doc.kind) continue;
    const apiVersion = doc.apiVersion ?? '';
    const object: KubeObject = {
      doc,
      root: doc.root,
      kind: doc.kind,
      apiVersion,
      group: groupOf(apiVersion),
      name: doc.name ?? '',
      namespace: doc.namespace ?? '',
    };
    const workload = toWorkload(model, object);
    const entry = workload ?? object;
    objects.push(entry);
    if (workload) workloadList.push(workload);
    const list = byKind.get(entry.kind);
    if (list) list.push(entry);
    else byKind.set(entry.kind, [entry]);
  }
  return { objects, workloads: workloadList, ofKind: (kind) => byKind.get(kind) ?? [] };
}

function toWorkload(model: KubernetesModel, object: KubeObject): Workload | undefined {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path) return undefined;
  const groups = WORKLOAD_GROUPS[object.kind];
  if (object.apiVersion && !groups.includes(object.group)) return undefined;
  const parent = path.length === 1 ? object.root : asMap(getIn(object.root, path.slice(0, -1)));
  const podSpecPair = pairOf(parent, 'spec');
  const podSpec = asMap(podSpecPair?.value);
  if (!podSpecPair || !podSpec) return undefined;
  const template = path.length === 1 ? undefined : asMap(parent);
  const labelsSource = template ?? object.root;
  const workload: Workload = {
    ...object,
    spec: asMap(get(object.root, 'spec')),
    template,
    podSpec,
    podSpecPair,
    podLabels: stringMap(getIn(labelsSource, ['metadata', 'labels'])),
    containers: [],
    jobLike: object.kind === 'Job' || object.kind === 'CronJob',
  };
  addContainers(model, workload, 'initContainers', 'init');
  addContainers(model, workload, 'containers', 'regular');
  addContainers(model, workload, 'ephemeralContainers', 'ephemeral');
  return workload;
}

/** A container whose anchor range is computed only when a check reports on it. */
class ContainerEntry implements Container {
  private range?: Range;

  constructor(
    private readonly model: KubernetesModel,
    readonly node: YAMLMap,
    readonly kind: ContainerKind,
    readonly name: string,
    readonly workload: Workload,
    private readonly namePair: Pair | undefined,
  ) {}

  get anchor(): Range {
    if (!this.range) {
      const first = this.node.items[0];
      const start = this.node.range?.[0] ?? 0;
      this.range = (this.namePair && pairRange(this.model, this.namePair)) ?? (first && keyRange(this.model, first)) ?? this.model.lines.range(start, start);
    }
    return this.range;
  }
}

function addContainers(model: KubernetesModel, workload: Workload, key: string, kind: ContainerKind): void {
  for (const node of mapItems(get(workload.podSpec, key))) {
    const namePair = pairOf(node, 'name');
    workload.containers.push(new ContainerEntry(model, node, kind, str(namePair?.value) ?? '', workload, namePair));
  }
}

/**
 * Where a finding about `path` (below `root`) points: the field itself when present, else the deepest
 * parent key that exists, else the object's `kind`.
 */
export function anchorAt(model: KubernetesModel, root: YAMLMap, path: readonly string[]): Range {
  let node: YamlNode | undefined = root;
  let deepest: Pair | undefined;
  for (let i = 0; i < path.length; i++) {
    const pair: Pair<Scalar, YamlNode | null> | undefined = pairOf(node, path[i]);
    if (!pair) break;
    deepest = pair;
    if (i === path.length - 1) return pairRange(model, pair) ?? kindAnchor(model, root);
    node = pair.value ?? undefined;
  }
  return (deepest && keyRange(model, deepest)) ?? kindAnchor(model, root);
}

/** The `kind: X` entry: where object-level findings with no better place point. */
export function kindAnchor(model: KubernetesModel, root: YAMLMap): Range {
  const pair = pairOf(root, 'kind') ?? root.items[0];
  return (pair && pairRange(model, pair)) ?? model.lines.range(root.range?.[0] ?? 0, root.range?.[0] ?? 0);
}

/** Where a pod-level field is, or the `spec:` key holding the pod spec when it is missing. */
export function podFieldAnchor(model: KubernetesModel, w: Workload, key: string): Range {
  const pair = pairOf(w.podSpec, key);
  return (pair && pairRange(model, pair)) ?? keyRange(model, w.podSpecPair) ?? kindAnchor(model, w.root);
}

/** Objects in the same namespace; a manifest without a namespace matches any (it is applied with `-n`). */
export function sameNamespace(a: { namespace: string }, b: { namespace: string }): boolean {
  return !a.namespace || !b.namespace || a.namespace === b.namespace;
}

export function nameOf(o: KubeObject): string {
  return `${o.kind} "${o.name}"`;
}

/** A pair's key range, falling back to the object's `kind` when the key has no position. */
export function keyRangeOr(model: KubernetesModel, pair: Pair, o: KubeObject): Range {
  return keyRange(model, pair) ?? kindAnchor(model, o.root);
}
