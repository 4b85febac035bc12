/**
 * Labels and label selectors across the documents of one file: which Pods a Service or workload selects.
 * Used by the selector hover and the explain narrative.
 */
import type { KubeDocument, KubernetesModel } from './model';

export interface Requirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface Selector {
  /** Equality requirements (`matchLabels`, or a Service's plain map). */
  labels: Record<string, string>;
  expressions: Requirement[];
}

/** Workload kinds and where their Pod template sits. */
const TEMPLATE_PATHS: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export function isWorkloadKind(kind: string | undefined): boolean {
  return !!kind && (kind in TEMPLATE_PATHS || kind === 'Pod');
}

function get(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined && typeof v !== 'object') out[k] = String(v);
  return out;
}

/** The labels of the Pods a document runs: a Pod's own labels or a workload's template labels. */
export function podLabels(model: KubernetesModel, doc: KubeDocument): Record<string, string> | undefined {
  if (!doc.isKubernetesObject || doc.skipped) return undefined;
  const value = model.valueOf(doc);
  if (doc.kind === 'Pod') return stringMap(get(value, ['metadata', 'labels']));
  const path = doc.kind ? TEMPLATE_PATHS[doc.kind] : undefined;
  return path ? stringMap(get(value, [...path, 'metadata', 'labels'])) : undefined;
}

/** Path of the selector that picks Pods, for kinds that have one. */
export function selectorPath(kind: string | undefined): string[] | undefined {
  switch (kind) {
    case 'Service':
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicationController':
    case 'PodDisruptionBudget':
      return ['spec', 'selector'];
    case 'NetworkPolicy':
      return ['spec', 'podSelector'];
    default:
      return undefined;
  }
}

export function selectorOf(model: KubernetesModel, doc: KubeDocument): Selector | undefined {
  const path = selectorPath(doc.kind);
  if (!path) return undefined;
  const raw = get(model.valueOf(doc), path);
  if (raw === undefined || raw === null) return undefined;
  // A Service and a ReplicationController select with a plain map; the others with a LabelSelector.
  if (doc.kind === 'Service' || doc.kind === 'ReplicationController') return { labels: stringMap(raw), expressions: [] };
  const expressions: Requirement[] = [];
  const list = get(raw, ['matchExpressions']);
  if (Array.isArray(list)) {
    for (const e of list) {
      const key = get(e, ['key']);
      const operator = get(e, ['operator']);
      const values = get(e, ['values']);
      if (typeof key !== 'string' || (operator !== 'In' && operator !== 'NotIn' && operator !== 'Exists' && operator !== 'DoesNotExist')) continue;
      expressions.push({ key, operator, values: Array.isArray(values) ? values.map(String) : [] });
    }
  }
  return { labels: stringMap(get(raw, ['matchLabels'])), expressions };
}

export function isEmptySelector(s: Selector): boolean {
  return Object.keys(s.labels).length === 0 && s.expressions.length === 0;
}

export function selects(s: Selector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.labels)) if (labels[k] !== v) return false;
  for (const e of s.expressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
    if (e.operator === 'In' && (!has || !e.values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && e.values.includes(labels[e.key])) return false;
  }
  return true;
}

export interface SelectedObject {
  doc: KubeDocument;
  labels: Record<string, string>;
}

/** Objects in the file whose Pods `selector` picks, in file order. A Service with an empty selector picks none. */
export function selectedObjects(model: KubernetesModel, owner: KubeDocument, selector: Selector): SelectedObject[] {
  if (isEmptySelector(selector) && owner.kind === 'Service') return [];
  const out: SelectedObject[] = [];
  for (const doc of model.documents) {
    if (!doc.isKubernetesObject || doc.skipped || !isWorkloadKind(doc.kind)) continue;
    if (owner.namespace !== doc.namespace && owner.namespace && doc.namespace) continue;
    const labels = podLabels(model, doc);
    if (labels && selects(selector, labels)) out.push({ doc, labels });
  }
  return out;
}

export function formatSelector(s: Selector): string {
  const parts = Object.entries(s.labels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.expressions) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'In' ? 'in' : 'notin'} (${e.values.join(', ')})`);
  }
  return parts.join(', ');
}
