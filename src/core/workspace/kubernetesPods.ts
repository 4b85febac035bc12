/**
 * What pod templates refer to and what selects them, across the files of a folder tree: the
 * ServiceAccount a pod runs as, the ConfigMap and Secret keys its env reads (env-value-from), the
 * NetworkPolicies and their peers that select it, and the PodDisruptionBudgets that cover it. Each
 * check follows its per-file rule: it adds a finding only where that rule could not judge (the file
 * defines no object of the kind) and withdraws the rule's finding where a sibling file resolves it.
 */
import type { YAMLMap } from 'yaml';
import type { KubernetesModel } from '../kubernetes/model';
import { intOrPercent } from '../kubernetes/rules/pdb';
import { serviceAccountOf } from '../kubernetes/rules/podFields';
import { formatLabels, readSelector, selectorMatches, type LabelSelector } from '../kubernetes/rules/selectors';
import { anchorAt, containersOf, fileIndex, keyRangeOr, kindAnchor, sameNamespace, type KubeObject } from '../kubernetes/rules/workloads';
import { bool, get, getIn, keyRange, pairOf, pairRange, pairs, rangeOf, str, mapItems } from '../kubernetes/rules/yamlNodes';
import type { Range } from '../types';
import { couldBeMeant, likelyMeant } from './nearMiss';
import type { CrossFinding, KubernetesFacts, Located, PatchTest, ReferenceFact, Tree, Withdrawal, WorkloadFact } from './kubernetes';

export interface DefinedFact extends Located {
  kind: string;
  name: string;
  namespace: string;
}

/** A ConfigMap or Secret and the keys it provides (data, stringData, binaryData). */
export interface DataFact extends DefinedFact {
  keys: string[];
}

/** An `env[].valueFrom.configMapKeyRef` or `secretKeyRef` that is not optional. */
export interface EnvRefFact {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string;
  key?: string;
  /** Where the per-file rule reports a missing object: the `name` value. */
  nameRange: Range;
  keyRange?: Range;
  container: string;
  env: string;
}

interface SelectorFact {
  selector: LabelSelector;
  range: Range;
}

export interface PolicyFact extends Located, SelectorFact {
  name: string;
  namespace: string;
  /** The from/to peers with a podSelector and no namespaceSelector: pods of the policy's namespace. */
  peers: SelectorFact[];
}

export interface BudgetFact extends Located {
  name: string;
  namespace: string;
  /** Absent when the budget has no selector (it then covers nothing). */
  selector?: LabelSelector;
  /** A minAvailable that pdb-min-available compares with replica counts (a number, or a percentage below 100). */
  minAvailable?: { kind: 'int' | 'percent'; value: number; range: Range };
}

export interface PodFacts {
  serviceAccounts: DefinedFact[];
  accountRefs: ReferenceFact[];
  dataObjects: DataFact[];
  envRefs: EnvRefFact[];
  policies: PolicyFact[];
  budgets: BudgetFact[];
}

/** The peers dangling-networkpolicypeer-podselector judges: a podSelector without namespaceSelector. */
function podPeers(model: KubernetesModel, p: KubeObject): SelectorFact[] {
  const spec = get(p.root, 'spec');
  const peers = [...mapItems(get(spec, 'ingress')).flatMap((r) => mapItems(get(r, 'from'))), ...mapItems(get(spec, 'egress')).flatMap((r) => mapItems(get(r, 'to')))];
  return peers.flatMap((peer) => {
    const selectorPair = pairOf(peer, 'podSelector');
    if (!selectorPair || get(peer, 'namespaceSelector')) return [];
    return [{ selector: readSelector(selectorPair.value ?? undefined), range: keyRangeOr(model, selectorPair, p) }];
  });
}

function defined(fileName: string, model: KubernetesModel, o: KubeObject): DefinedFact {
  return { fileName, kind: o.kind, name: o.name, namespace: o.namespace, range: kindAnchor(model, o.root) };
}

export function podFacts(fileName: string, model: KubernetesModel): PodFacts {
  const index = fileIndex(model);
  const accountRefs: ReferenceFact[] = [];
  for (const w of index.workloads) {
    const sa = serviceAccountOf(w);
    const range = rangeOf(model, sa.node);
    if (sa.name && sa.name !== 'default' && range) accountRefs.push({ from: `${w.kind} "${w.name}"`, namespace: w.namespace, kind: 'ServiceAccount', name: sa.name, range });
  }
  const dataObjects: DataFact[] = ['ConfigMap', 'Secret'].flatMap((kind) =>
    index.ofKind(kind).map((o) => ({ ...defined(fileName, model, o), keys: ['data', 'stringData', 'binaryData'].flatMap((field) => [...pairs(get(o.root, field))].map((p) => String(p.key.value))) })),
  );
  const envRefs: EnvRefFact[] = [];
  for (const c of containersOf(model)) {
    for (const env of mapItems(get(c.node, 'env'))) {
      for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
        const refPair = pairOf(get(env, 'valueFrom'), field);
        const ref = refPair?.value as YAMLMap | undefined;
        if (!refPair || !ref || bool(get(ref, 'optional')) === true) continue;
        const nameNode = get(ref, 'name');
        const name = str(nameNode);
        const nameRange = rangeOf(model, nameNode) ?? keyRange(model, refPair);
        // Without a name the per-file rule's finding stands: no file can resolve it.
        if (!name || !nameRange) continue;
        const keyNode = get(ref, 'key');
        envRefs.push({ kind, name, namespace: c.workload.namespace, key: str(keyNode), nameRange, keyRange: rangeOf(model, keyNode), container: c.name, env: str(get(env, 'name')) ?? '?' });
      }
    }
  }
  const policies: PolicyFact[] = index.ofKind('NetworkPolicy').map((p) => ({
    fileName,
    name: p.name,
    namespace: p.namespace,
    selector: readSelector(getIn(p.root, ['spec', 'podSelector'])),
    range: anchorAt(model, p.root, ['spec', 'podSelector']),
    peers: podPeers(model, p),
  }));
  const budgets: BudgetFact[] = index.ofKind('PodDisruptionBudget').map((b) => {
    const spec = get(b.root, 'spec');
    const selectorNode = get(spec, 'selector');
    const minPair = pairOf(spec, 'minAvailable');
    const min = intOrPercent(minPair?.value ?? undefined);
    const minRange = minPair && pairRange(model, minPair);
    // 100% and invalid values are reported per file whatever the workloads.
    const compared = min && min.kind !== 'invalid' && minRange && (min.kind === 'int' || min.value < 100) ? { kind: min.kind, value: min.value, range: minRange } : undefined;
    return {
      fileName,
      name: b.name,
      namespace: b.namespace,
      range: kindAnchor(model, b.root),
      ...(selectorNode ? { selector: readSelector(selectorNode) } : {}),
      ...(compared ? { minAvailable: compared } : {}),
    };
  });
  return { serviceAccounts: index.ofKind('ServiceAccount').map((o) => defined(fileName, model, o)), accountRefs, dataObjects, envRefs, policies, budgets };
}

interface Verdict {
  findings: CrossFinding[];
  withdrawn: Withdrawal[];
}

const related = (o: DefinedFact, message = `${o.kind} "${o.name}" is defined here`) => ({ message, range: o.range, path: o.fileName });

/** env-value-from: the per-file rule judges a kind only when its file defines objects of that kind. */
export function checkEnvRefs(file: KubernetesFacts, tree: Tree, out: Verdict): void {
  if (file.envRefs.length === 0) return;
  const elsewhere = tree.files.filter((f) => f !== file).flatMap((f) => f.dataObjects);
  for (const ref of file.envRefs) {
    const local = file.dataObjects.filter((o) => o.kind === ref.kind);
    // Resolved by name in its own file: the per-file rule judged the key too.
    if (local.some((o) => o.name === ref.name)) continue;
    const others = elsewhere.filter((o) => o.kind === ref.kind && sameNamespace(o, ref));
    const target = others.find((o) => o.name === ref.name);
    if (target) {
      if (local.length > 0) out.withdrawn.push({ rule: 'env-value-from', fileName: file.fileName, range: ref.nameRange });
      if (ref.key === undefined || !ref.keyRange || target.keys.includes(ref.key)) continue;
      out.findings.push({
        rule: 'env-value-from',
        fileName: file.fileName,
        range: ref.keyRange,
        message: `${ref.kind} "${target.name}" has no key "${ref.key}", so container "${ref.container}" will not start; use one of its keys (${target.keys.join(', ') || 'none'}).`,
        related: [related(target, `${ref.kind} "${target.name}"`)],
      });
      continue;
    }
    // Secrets and ConfigMaps are often made outside the manifests: report only a likely typo.
    const meant = local.length > 0 ? [] : likelyMeant(ref.name, others);
    if (meant.length === 0) continue;
    out.findings.push({
      rule: 'env-value-from',
      fileName: file.fileName,
      range: ref.nameRange,
      message: `Env var ${ref.env} of container "${ref.container}" reads ${ref.kind} "${ref.name}", which no file of this folder tree defines in its namespace; fix the name or mark the reference optional: true.`,
      related: meant.map((o) => related(o)),
    });
  }
}

/**
 * dangling-networkpolicy and dangling-networkpolicypeer-podselector: both rules judge only files
 * that define workloads. A finding is added only against pod templates that could be meant (see
 * couldBeMeant), as for dangling-service.
 */
export function checkPolicies(file: KubernetesFacts, tree: Tree, out: Verdict): void {
  const judgedLocally = file.workloads.length > 0;
  const judge = (rule: 'dangling-networkpolicy' | 'dangling-networkpolicypeer-podselector', p: PolicyFact, s: SelectorFact, message: string) => {
    const selects = (w: WorkloadFact) => sameNamespace(w, p) && selectorMatches(s.selector, w.podLabels);
    if (tree.workloads.some(selects)) {
      if (judgedLocally && !file.workloads.some(selects)) out.withdrawn.push({ rule, fileName: file.fileName, range: s.range });
      return;
    }
    if (judgedLocally) return;
    const near = tree.workloads.filter((w) => sameNamespace(w, p) && couldBeMeant(s.selector.matchLabels, w.podLabels));
    if (near.length === 0) return;
    out.findings.push({ rule, fileName: file.fileName, range: s.range, message, related: near.slice(0, 3).map((w) => ({ message: `${w.kind} "${w.name}" pod labels: ${formatLabels(w.podLabels)}`, range: w.range, path: w.fileName })) });
  };
  for (const p of file.policies) {
    judge('dangling-networkpolicy', p, p, `NetworkPolicy "${p.name}" selects no pod template in this folder tree; fix spec.podSelector to match the pods it should protect.`);
    for (const peer of p.peers) {
      judge('dangling-networkpolicypeer-podselector', p, peer, `A peer of NetworkPolicy "${p.name}" selects no pod template in this folder tree; fix its podSelector (or add a namespaceSelector for pods elsewhere).`);
    }
  }
}

/**
 * missing-pod-disruption-budget: withdrawn when a budget in another file covers the workload.
 * pdb-min-available: a budget is also compared with the workloads of other files it covers.
 */
export function checkBudgets(file: KubernetesFacts, tree: Tree, out: Verdict, isPatch: PatchTest): void {
  const covers = (b: BudgetFact, w: WorkloadFact) => !!b.selector && sameNamespace(b, w) && selectorMatches(b.selector, w.podLabels);
  for (const w of file.workloads) {
    if (!w.needsBudget || file.budgets.some((b) => covers(b, w))) continue;
    if (tree.budgets.some((b) => covers(b, w))) out.withdrawn.push({ rule: 'missing-pod-disruption-budget', fileName: file.fileName, range: w.replicasRange });
  }
  for (const b of file.budgets) {
    const min = b.minAvailable;
    if (!min) continue;
    for (const w of tree.workloads) {
      if (w.fileName === file.fileName || isPatch(w.fileName) || !covers(b, w)) continue;
      const needed = min.kind === 'int' ? min.value : Math.ceil((w.replicas * min.value) / 100);
      if (needed < w.replicas) continue;
      out.findings.push({
        rule: 'pdb-min-available',
        fileName: file.fileName,
        range: min.range,
        message: `PodDisruptionBudget "${b.name}" keeps ${needed} of ${w.replicas} pods of ${w.kind} "${w.name}" available, so none can be evicted; lower minAvailable below the replica count or add replicas.`,
        related: [{ message: `${w.kind} "${w.name}" runs ${w.replicas} replica${w.replicas === 1 ? '' : 's'}`, range: w.replicasRange, path: w.fileName }],
      });
    }
  }
}
