/**
 * Kubernetes objects across files. The per-file cross-object checks (dangling-service,
 * dangling-ingress, dangling-horizontalpodautoscaler, non-existent-service-account, env-value-from,
 * the NetworkPolicy and PodDisruptionBudget selector checks) can judge only what one file defines;
 * here the objects of every file of a folder tree are indexed, so a reference resolved in a sibling
 * file is not reported and one resolved nowhere is, with the candidates in other files as related
 * locations. The pod-reference and selector checks live in ./kubernetesPods.
 */
import type { Node as YamlNode } from 'yaml';
import type { KubernetesModel } from '../kubernetes/model';
import { isPatchFile } from '../kubernetes/validate';
import { hpaFor, scaleTarget } from '../kubernetes/rules/hpa';
import { REPLICATED_KINDS, replicasOf } from '../kubernetes/rules/podFields';
import { formatLabels, mapMatches } from '../kubernetes/rules/selectors';
import { anchorAt, fileIndex, kindAnchor, sameNamespace } from '../kubernetes/rules/workloads';
import { get, getIn, keyRange, mapItems, num, pairOf, rangeOf, str, stringMap } from '../kubernetes/rules/yamlNodes';
import { dirname, pathKey } from '../paths';
import type { Range, RelatedLocation } from '../types';
import { couldBeMeant, likelyMeant, nearestFirst } from './nearMiss';
import { checkBudgets, checkEnvRefs, checkPolicies, podFacts, type BudgetFact, type PodFacts } from './kubernetesPods';

/**
 * The tree a file's references may resolve in: its own folder and everything below, as
 * `kubectl apply -f <folder> -R` would apply it together.
 */
function treeRoot(fileName: string): string {
  return pathKey(dirname(fileName)).replace(/\/$/, '') + '/';
}

/** Labels controllers add to the pods they create, which no pod template spells out. */
const CONTROLLER_LABELS = ['statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'pod-template-hash', 'controller-revision-hash'];

export interface Located {
  fileName: string;
  range: Range;
}

export interface WorkloadFact extends Located {
  kind: string;
  name: string;
  namespace: string;
  podLabels: Record<string, string>;
  /** The replicas pdb-min-available counts: `replicas` (unset: 1), or when that is 1 the minReplicas of an HPA of its file scaling it. */
  replicas: number;
  /** Whether missing-pod-disruption-budget judges it (a replicated kind with 2 or more replicas). */
  needsBudget: boolean;
  /** Where missing-pod-disruption-budget points: `replicas`. */
  replicasRange: Range;
}

interface ServiceFact extends Located {
  name: string;
  namespace: string;
  /** Plain selector without controller-added labels; absent for selector-less and ExternalName Services. */
  selector?: Record<string, string>;
  /** Where dangling-service points: the `selector:` key. */
  selectorRange?: Range;
}

export interface ReferenceFact {
  from: string;
  namespace: string;
  /** Kind and name the reference needs. */
  kind: string;
  name: string;
  range: Range;
}

/** What one Kubernetes file contributes to the cross-file view. Small: no YAML nodes are kept. */
export interface KubernetesFacts extends PodFacts {
  fileName: string;
  workloads: WorkloadFact[];
  services: ServiceFact[];
  ingressBackends: ReferenceFact[];
  hpaTargets: ReferenceFact[];
}

export function kubernetesFacts(fileName: string, model: KubernetesModel): KubernetesFacts {
  const index = fileIndex(model);
  const workloads: WorkloadFact[] = index.workloads.map((w) => {
    const replicas = replicasOf(w).count;
    const hpa = replicas <= 1 ? hpaFor(model, w) : undefined;
    return {
      fileName,
      kind: w.kind,
      name: w.name,
      namespace: w.namespace,
      podLabels: w.podLabels,
      range: kindAnchor(model, w.root),
      replicas: hpa ? (num(getIn(hpa.root, ['spec', 'minReplicas'])) ?? 1) : replicas,
      needsBudget: REPLICATED_KINDS.has(w.kind) && replicas >= 2,
      replicasRange: anchorAt(model, w.root, ['spec', 'replicas']),
    };
  });
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
  return { fileName, workloads, services, ingressBackends, hpaTargets, ...podFacts(fileName, model) };
}

export type CrossRule =
  | 'dangling-service'
  | 'dangling-ingress'
  | 'dangling-horizontalpodautoscaler'
  | 'non-existent-service-account'
  | 'env-value-from'
  | 'dangling-networkpolicy'
  | 'dangling-networkpolicypeer-podselector'
  | 'missing-pod-disruption-budget'
  | 'pdb-min-available';

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

/** Kustomize patches hold only the fields they change: the checks that skip them per file skip them here. */
export type PatchTest = (fileName: string) => boolean;

/** The facts of the files a file's references may resolve in (its own included). */
export interface Tree {
  files: KubernetesFacts[];
  workloads: WorkloadFact[];
  budgets: BudgetFact[];
}

/**
 * Judges every reference against all files. A finding is added only where the per-file check could
 * not judge (its file defines no candidate); a per-file finding is withdrawn where another file
 * resolves it. The per-file rules stay the judges of everything inside one file.
 */
export function checkKubernetes(files: readonly KubernetesFacts[], isPatch: PatchTest = (f) => isPatchFile(f, undefined)): KubernetesVerdict {
  const findings: CrossFinding[] = [];
  const withdrawn: Withdrawal[] = [];
  // Files of one folder share their tree: built once per folder.
  const keys = files.map((f) => pathKey(f.fileName));
  const trees = new Map<string, Tree & { services: ServiceFact[] }>();
  for (const file of files) {
    const root = treeRoot(file.fileName);
    let tree = trees.get(root);
    if (!tree) {
      const treeFiles = files.filter((_, i) => keys[i].startsWith(root));
      trees.set(root, (tree = { files: treeFiles, workloads: treeFiles.flatMap((f) => f.workloads), budgets: treeFiles.flatMap((f) => f.budgets), services: treeFiles.flatMap((f) => f.services) }));
    }
    const { workloads: treeWorkloads, services: treeServices } = tree;
    const patch = isPatch(file.fileName);
    for (const svc of patch ? [] : file.services) {
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
      // Judge only against pods that could be meant.
      const near = candidates.filter((w) => couldBeMeant(selector, w.podLabels));
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
    const treeAccounts = tree.files.flatMap((f) => f.serviceAccounts);
    referenceCheck(
      'non-existent-service-account',
      file,
      file.accountRefs,
      treeAccounts,
      (a, r) => a.name === r.name,
      (r) => `${r.from} uses ServiceAccount "${r.name}", which no file of this folder tree defines in its namespace; fix the name or add the account.`,
      findings,
      withdrawn,
      (f) => f.serviceAccounts,
      'typo',
    );
    const out = { findings, withdrawn };
    checkEnvRefs(file, tree, out);
    if (!patch) {
      checkPolicies(file, tree, out);
      checkBudgets(file, tree, out, isPatch);
    }
  }
  return { findings, withdrawn };
}

/**
 * When a name that resolves nowhere in the tree is reported: whenever the tree defines objects of the
 * kind, or only when one of them is a likely typo of it. The second is for objects that are often
 * made outside the manifests (Secrets by `kubectl create secret` or an operator, ServiceAccounts by a
 * chart): that the tree defines others of the kind says nothing about them.
 */
export type NameGuard = 'defined' | 'typo';

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
  guard: NameGuard = 'defined',
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
    const near = guard === 'typo' ? likelyMeant(ref.name, targets.filter((t) => sameNamespace(t, ref))) : nearestFirst(ref.name, targets.filter((t) => sameNamespace(t, ref)));
    if (near.length === 0) continue;
    findings.push({ rule, fileName: file.fileName, range: ref.range, message: message(ref), related: near.map((t) => ({ message: `${t.kind ?? 'Service'} "${t.name}" is defined here`, range: t.range, path: t.fileName })) });
  }
}
