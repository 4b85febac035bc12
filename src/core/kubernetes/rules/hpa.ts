/** HorizontalPodAutoscaler lookups: which workload an HPA scales, and which HPAs scale a workload. */
import type { KubernetesModel } from '../model';
import { fileIndex, groupOf, sameNamespace, type KubeObject, type Workload } from './workloads';
import { get, str } from './yamlNodes';

export interface ScaleTarget {
  kind: string;
  name: string;
  apiVersion?: string;
}

export function scaleTarget(hpa: KubeObject): ScaleTarget | undefined {
  const ref = get(get(hpa.root, 'spec'), 'scaleTargetRef');
  const kind = str(get(ref, 'kind'));
  const name = str(get(ref, 'name'));
  return kind && name ? { kind, name, apiVersion: str(get(ref, 'apiVersion')) } : undefined;
}

export function targets(hpa: KubeObject, target: ScaleTarget, w: KubeObject): boolean {
  if (w.kind !== target.kind || w.name !== target.name || !sameNamespace(hpa, w)) return false;
  return !target.apiVersion || !w.apiVersion || groupOf(target.apiVersion) === w.group;
}

export function hpas(model: KubernetesModel): KubeObject[] {
  return fileIndex(model).ofKind('HorizontalPodAutoscaler');
}

/** The HPA in this file that scales `w`, if any. */
export function hpaFor(model: KubernetesModel, w: Workload): KubeObject | undefined {
  return hpas(model).find((h) => {
    const t = scaleTarget(h);
    return !!t && targets(h, t, w);
  });
}
