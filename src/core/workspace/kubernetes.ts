/**
 * Kubernetes objects across files. The per-file checks (dangling-service, dangling-ingress,
 * dangling-horizontalpodautoscaler) can judge only what one file defines; here the objects of every
 * file of a folder tree are indexed, so a reference resolved in a sibling file is not reported and
 * one resolved nowhere is, with the candidates in other files as related locations.
 */
import type { Node as YamlNode } from 'yaml';
import type { KubernetesModel } from '../kubernetes/model';
import { scaleTarget } from '../kubernetes/rules/hpa';
import { formatLabels, mapMatches } from '../kubernetes/rules/selectors';
import { anchorAt, fileIndex, kindAnchor, sameNamespace } from '../kubernetes/rules/workloads';
import { get, getIn, keyRange, mapItems, pairOf, rangeOf, str, stringMap } from '../kubernetes/rules/yamlNodes';
import { dirname, pathKey } from '../paths';
import { closestName } from '../suggest';
import type { Range, RelatedLocation } from '../types';

/**
 * The tree a file's references may resolve in: its own folder and everything below, as
 * `kubectl apply -f <folder> -R` would apply it together.
 */
function treeOf(fileName: string, keyOf: (path: string) => string): (other: string) => boolean {
  const root = pathKey(dirname(fileName)).replace(/\/$/, '') + '/';
  return (other) => keyOf(other).startsWith(root);
}

/** Labels controllers add to the pods they create, which no pod template spells out. */
const CONTROLLER_LABELS = ['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'pod-template-hash', 'controller-revision-hash'];

interface Located {
  fileName: string;
  range: Range;
}

interface WorkloadFact extends Located {
  kind: string;
  name: string;
  namespace: string;
  podLabels: Record<string, string>;
}

interface ServiceFact extends Located {
  name: string;
  namespace: string;
  /** Plain selector without controller-added labels; absent for selector-less and ExternalName Services. */
  selector?: Record<string, string>;
  /** Where dangling-service points: the `selector:` key. */
  selectorRange?: Range;
}

interface ReferenceFact {
  from: string;
  namespace: string;
  /** Kind and name the reference needs. */
  kind: string;
  name: string;
  range: Range;
}

/** What one Kubernetes file contributes to the cross-file view. Small: no YAML nodes are kept. */
export interface KubernetesFacts {
  fileName: string;
  workloads: WorkloadFact[];
  services: ServiceFact[];
  ingressBackends: ReferenceFact[];
  hpaTargets: ReferenceFact[];
}

export function kubernetesFacts(fileName: string, model: KubernetesModel): KubernetesFacts {
  const index = fileIndex(model);
  const workloads: WorkloadFact[] = index.workloads.map((w) => ({ fileName, kind: w.kind, name: w.name, namespace: w.namespace, podLabels: w.podLabels, range: kindAnchor(model, w.root) }));
  const services: ServiceFact[] = index.ofKind('Service').map((svc) => {
    const spec = get(svc.root, 'spec');
    const selectorPair = pairOf(spec, 'selector');
    const selector = stringMap(selectorPair?.value);
    const usable = str(get(spec, 'type')) !== 'ExternalName' && Object.keys(selector).length > 0;
    return {
      fileName,
      name: svc.name,
      namespace: svc.namespace,
      range: kindAnchor(model, svc.root),
      ...(usable ? { selector: Object.fromEntries(Object.entries(selector).filter(([k]) => !CONTROLLER_LABELS.includes(k))), selectorRange: selectorPair && keyRange(model, selectorPair) } : {}),
    };
  });
  const ingressBackends: ReferenceFact[] = [];
  for (const ing of index.ofKind('Ingress')) {
    const spec = get(ing.root, 'spec');
    const nodes: (YamlNode | undefined)[] = [get(spec, 'defaultBackend') ?? get(spec, 'backend')];
    for (const rule of mapItems(get(spec, 'rules'))) for (const path of mapItems(getIn(rule, ['http', 'paths']))) nodes.push(get(path, 'backend'));
    for (const b of nodes) {
      const svc = b && get(b, 'service');
      const nameNode = svc ? get(svc, 'name') : b && get(b, 'serviceName');
      const name = str(nameNode);
      const range = nameNode && rangeOf(model, nameNode);
      if (name && range) ingressBackends.push({ from: `Ingress "${ing.name}"`, namespace: ing.namespace, kind: 'Service', name, range });
    }
  }
  const hpaTargets: ReferenceFact[] = [];
  for (const h of index.ofKind('HorizontalPodAutoscaler')) {
    const target = scaleTarget(h);
    if (!target) continue;
    hpaTargets.push({ from: `HorizontalPodAutoscaler "${h.name}"`, namespace: h.namespace, kind: target.kind, name: target.name, range: anchorAt(model, h.root, ['spec', 'scaleTargetRef', 'name']) });
  }
  return { fileName, workloads, services, ingressBackends, hpaTargets };
}

export type CrossRule = 'dangling-service' | 'dangling-ingress' | 'dangling-horizontalpodautoscaler';

export interface CrossFinding {
  rule: CrossRule;
  fileName: string;
  range: Range;
  message: string;
  related?: RelatedLocation[];
}

/** A per-file finding at `range` that other files resolve: it is withdrawn. */
export interface Withdrawal {
  rule: CrossRule;
  fileName: string;
  range: Range;
}

export interface KubernetesVerdict {
  findings: CrossFinding[];
  withdrawn: Withdrawal[];
}

/**
 * Judges every reference against all files. A finding is added only where the per-file check could
 * not judge (its file defines no candidate); a per-file finding is withdrawn where another file
 * resolves it. Both per-file rules stay the judges of everything inside one file.
 */
export function checkKubernetes(files: readonly KubernetesFacts[]): KubernetesVerdict {
  const findings: CrossFinding[] = [];
  const withdrawn: Withdrawal[] = [];
  const workloads = files.flatMap((f) => f.workloads);
  const services = files.flatMap((f) => f.services);

  // Normalised once per file: the tree test runs for every pair of files.
  const keys = new Map(files.map((f) => [f.fileName, pathKey(f.fileName)]));
  const keyOf = (path: string) => keys.get(path) ?? pathKey(path);
  for (const file of files) {
    const inTree = treeOf(file.fileName, keyOf);
    const treeWorkloads = workloads.filter((w) => inTree(w.fileName));
    const treeServices = services.filter((s) => inTree(s.fileName));
    for (const svc of file.services) {
      if (!svc.selector || !svc.selectorRange) continue;
      const selector = svc.selector;
      const candidates = treeWorkloads.filter((w) => sameNamespace(w, svc));
      const matching = candidates.filter((w) => mapMatches(selector, w.podLabels));
      const localCandidates = file.workloads.filter((w) => sameNamespace(w, svc));
      const localMatch = localCandidates.some((w) => mapMatches(selector, w.podLabels));
      if (matching.length > 0) {
        if (localCandidates.length > 0 && !localMatch) withdrawn.push({ rule: 'dangling-service', fileName: file.fileName, range: svc.selectorRange });
        continue;
      }
      // Judge only against pods that could be meant: some template agrees on one of the selector's
      // labels (key and value, or a value one typo away). Otherwise the pods come from elsewhere
      // (a chart, an operator, static pods) and the tree cannot tell.
      const pairs = Object.entries(selector);
      const near = candidates.filter((w) => pairs.some(([k, v]) => k in w.podLabels && (w.podLabels[k] === v || closestName(v, [w.podLabels[k]]) !== undefined)));
      if (near.length === 0 || localCandidates.length > 0) continue;
      findings.push({
        rule: 'dangling-service',
        fileName: file.fileName,
        range: svc.selectorRange,
        message: `Service "${svc.name}" selects ${formatLabels(selector)}, which matches no pod template in this folder tree; align the selector with the pods' labels.`,
        related: near.slice(0, 3).map((w) => ({ message: `${w.kind} "${w.name}" pod labels: ${formatLabels(w.podLabels)}`, range: w.range, path: w.fileName })),
      });
    }
    referenceCheck('dangling-ingress', file, file.ingressBackends, treeServices, (s, r) => s.name === r.name, (r) => `${r.from} routes to Service "${r.name}", which is not defined in any file of this folder tree's namespace; fix the name or add the Service.`, findings, withdrawn, (f) => f.services);
    referenceCheck(
      'dangling-horizontalpodautoscaler',
      file,
      file.hpaTargets,
      treeWorkloads,
      (w, r) => w.kind === r.kind && w.name === r.name,
      (r) => `${r.from} targets ${r.kind} "${r.name}", which is not defined in any file of this folder tree; fix scaleTargetRef (kind, name and apiVersion).`,
      findings,
      withdrawn,
      (f) => f.workloads,
    );
  }
  return { findings, withdrawn };
}

function referenceCheck<T extends { namespace: string; fileName: string; range: Range; kind?: string; name: string }>(
  rule: CrossRule,
  file: KubernetesFacts,
  refs: ReferenceFact[],
  targets: T[],
  matches: (target: T, ref: ReferenceFact) => boolean,
  message: (ref: ReferenceFact) => string,
  findings: CrossFinding[],
  withdrawn: Withdrawal[],
  local: (f: KubernetesFacts) => T[],
): void {
  // The per-file check judges only when its file defines targets of this kind.
  const judgedLocally = local(file).length > 0;
  for (const ref of refs) {
    const found = targets.find((t) => matches(t, ref) && sameNamespace(t, ref));
    if (found) {
      if (judgedLocally && found.fileName !== file.fileName && !local(file).some((t) => matches(t, ref) && sameNamespace(t, ref))) withdrawn.push({ rule, fileName: file.fileName, range: ref.range });
      continue;
    }
    if (judgedLocally || targets.length === 0) continue;
    const near = targets.filter((t) => sameNamespace(t, ref)).slice(0, 3);
    findings.push({ rule, fileName: file.fileName, range: ref.range, message: message(ref), related: near.map((t) => ({ message: `${t.kind ?? 'Service'} "${t.name}" is defined here`, range: t.range, path: t.fileName })) });
  }
}
