/**
 * Which Pods a Service, workload, PDB or NetworkPolicy selects among the documents of one file, for the
 * selector hover and the explain narrative. Selector evaluation and the workloads' Pod labels are the
 * checks' own (rules/selectors.ts, rules/workloads.ts), so hovers and findings always agree.
 */
import { isScalar } from 'yaml';
import type { KubeDocument, KubernetesModel } from './model';
import { isEmptySelector, readSelector, selectorMatches, type LabelSelector } from './rules/selectors';
import { fileIndex, POD_SPEC_PATHS, sameNamespace } from './rules/workloads';
import { getIn, stringMap } from './rules/yamlNodes';

export function isWorkloadKind(kind: string | undefined): boolean {
  return !!kind && Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind);
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

export function selectorOf(_model: KubernetesModel, doc: KubeDocument): LabelSelector | undefined {
  const path = selectorPath(doc.kind);
  if (!path || !doc.isKubernetesObject || doc.skipped) return undefined;
  const node = getIn(doc.root, path);
  if (!node || (isScalar(node) && node.value === null)) return undefined;
  // A Service and a ReplicationController select with a plain map; the others with a LabelSelector.
  if (doc.kind === 'Service' || doc.kind === 'ReplicationController') return { matchLabels: stringMap(node), expressions: [] };
  return readSelector(node);
}

export interface SelectedObject {
  doc: KubeDocument;
  labels: Record<string, string>;
}

/** Workloads in the file whose Pods `selector` picks, in file order. A Service with an empty selector picks none. */
export function selectedObjects(model: KubernetesModel, owner: KubeDocument, selector: LabelSelector): SelectedObject[] {
  if (isEmptySelector(selector) && owner.kind === 'Service') return [];
  const scope = { namespace: owner.namespace ?? '' };
  return fileIndex(model)
    .workloads.filter((w) => sameNamespace(scope, w) && selectorMatches(selector, w.podLabels))
    .map((w) => ({ doc: w.doc, labels: w.podLabels }));
}

export function formatSelector(s: LabelSelector): string {
  const parts = Object.entries(s.matchLabels).map(([k, v]) => `${k}=${v}`);
  for (const e of s.expressions) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator === 'NotIn' ? 'notin' : 'in'} (${e.values.join(', ')})`);
  }
  return parts.join(', ');
}
