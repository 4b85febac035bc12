/** NetworkPolicy selection: which policies apply to which pod templates. */
import type { KubernetesModel } from '../model';
import { readSelector, selectorMatches } from './selectors';
import { fileIndex, sameNamespace, type KubeObject, type Workload } from './workloads';
import { getIn } from './yamlNodes';

export function policies(model: KubernetesModel): KubeObject[] {
  return fileIndex(model).ofKind('NetworkPolicy');
}

export function policySelects(policy: KubeObject, w: Workload): boolean {
  return sameNamespace(policy, w) && selectorMatches(readSelector(getIn(policy.root, ['spec', 'podSelector'])), w.podLabels);
}

