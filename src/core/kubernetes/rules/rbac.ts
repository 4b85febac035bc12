/** Role lookups for the RBAC checks: which rules a (Cluster)RoleBinding grants, aggregation included. */
import type { Node as YamlNode, YAMLMap } from 'yaml';
import type { KubernetesModel } from '../model';
import { fileIndex, sameNamespace, type KubeObject } from './workloads';
import { readSelector, selectorMatches } from './selectors';
import { get, getIn, mapItems, seqItems, str, stringMap } from './yamlNodes';

export interface GrantedRule {
  role: KubeObject;
  rule: YAMLMap;
}

/** The bound role's rules, when the role is defined in this file. */
export function boundRules(model: KubernetesModel, binding: KubeObject): { role?: KubeObject; rules: GrantedRule[] } {
  const ref = get(binding.root, 'roleRef');
  const kind = str(get(ref, 'kind'));
  const name = str(get(ref, 'name'));
  if (!name || (kind !== 'Role' && kind !== 'ClusterRole')) return { rules: [] };
  const index = fileIndex(model);
  const role = index.ofKind(kind).find((r) => r.name === name && (kind === 'ClusterRole' || sameNamespace(r, binding)));
  if (!role) return { rules: [] };
  const roles = kind === 'ClusterRole' ? withAggregated(model, role) : [role];
  return { role, rules: roles.flatMap((r) => mapItems(get(r.root, 'rules')).map((rule) => ({ role: r, rule }))) };
}

/** A ClusterRole with an aggregationRule also grants the rules of every ClusterRole its selectors match. */
function withAggregated(model: KubernetesModel, role: KubeObject): KubeObject[] {
  const selectors = mapItems(getIn(role.root, ['aggregationRule', 'clusterRoleSelectors'])).map((s) => readSelector(s));
  if (selectors.length === 0) return [role];
  const others = fileIndex(model)
    .ofKind('ClusterRole')
    .filter((r) => r !== role && selectors.some((s) => selectorMatches(s, stringMap(getIn(r.root, ['metadata', 'labels'])))));
  return [role, ...others];
}

/** The entries of a rule list field (`resources`, `verbs`) with their nodes, for exact ranges. */
export function listEntries(rule: YAMLMap, key: string): { value: string; node: YamlNode }[] {
  const out: { value: string; node: YamlNode }[] = [];
  for (const node of seqItems(get(rule, key))) {
    const value = str(node);
    if (value !== undefined) out.push({ value, node });
  }
  return out;
}

export const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'];
