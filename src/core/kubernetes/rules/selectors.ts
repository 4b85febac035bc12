/** Label selectors as the API server evaluates them: matchLabels AND every matchExpression. */
import type { Node as YamlNode } from 'yaml';
import { get, mapItems, str, stringMap, strings } from './yamlNodes';

export interface Requirement {
  key: string;
  operator: string;
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  expressions: Requirement[];
}

/** A `LabelSelector` node (matchLabels/matchExpressions). */
export function readSelector(node: YamlNode | undefined): LabelSelector {
  return {
    matchLabels: stringMap(get(node, 'matchLabels')),
    expressions: mapItems(get(node, 'matchExpressions')).map((e) => ({
      key: str(get(e, 'key')) ?? '',
      operator: str(get(e, 'operator')) ?? '',
      values: strings(get(e, 'values')),
    })),
  };
}

export function isEmptySelector(s: LabelSelector): boolean {
  return Object.keys(s.matchLabels).length === 0 && s.expressions.length === 0;
}

/** An empty selector selects everything, as in the API. */
export function selectorMatches(s: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const e of s.expressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    switch (e.operator) {
      case 'In':
        if (!has || !e.values.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && e.values.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A Service-style selector (a plain map): every pair must be on the pod. */
export function mapMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels[k] !== v) return false;
  return true;
}

export function formatLabels(labels: Record<string, string>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '(none)' : entries.map(([k, v]) => `${k}=${v}`).join(', ');
}
