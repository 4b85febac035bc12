/** PodDisruptionBudget values: ints or percentages, and the workloads a budget covers. */
import type { Node as YamlNode } from 'yaml';
import type { KubernetesModel } from '../model';
import { readSelector, selectorMatches } from './selectors';
import { fileIndex, sameNamespace, type KubeObject, type Workload } from './workloads';
import { get, num, str } from './yamlNodes';

export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number } | { kind: 'invalid'; text: string };

export function intOrPercent(node: YamlNode | undefined): IntOrPercent | undefined {
  if (!node) return undefined;
  const n = num(node);
  if (n !== undefined) return { kind: 'int', value: n };
  const s = str(node);
  if (s === undefined) return undefined;
  const m = /^(\d+)%$/.exec(s.trim());
  return m ? { kind: 'percent', value: Number(m[1]) } : { kind: 'invalid', text: s };
}

export function budgets(model: KubernetesModel): KubeObject[] {
  return fileIndex(model).ofKind('PodDisruptionBudget');
}

export function coveredWorkloads(model: KubernetesModel, pdb: KubeObject): Workload[] {
  const selectorNode = get(get(pdb.root, 'spec'), 'selector');
  if (!selectorNode) return [];
  const selector = readSelector(selectorNode);
  return fileIndex(model).workloads.filter((w) => sameNamespace(w, pdb) && selectorMatches(selector, w.podLabels));
}
