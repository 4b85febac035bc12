/**
 * What a reference that resolves nowhere could have meant. Cross-file findings are made only where
 * something in the tree is a near miss: a tree of unrelated manifests says nothing about objects
 * made by a chart, an operator or `kubectl create`.
 */
import { closestName } from '../suggest';

/**
 * Whether a pod template could be what a selector means: it carries every key of the selector, each
 * with the selector's value or one a typo away. Sharing a label is not enough (`part-of: x` is on every
 * pod of a product, including the ones an operator creates from no template in the tree).
 */
export function couldBeMeant(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const pairs = Object.entries(selector);
  return pairs.length > 0 && pairs.every(([k, v]) => k in labels && (labels[k] === v || closestName(v, [labels[k]]) !== undefined));
}

/** At most three candidates for a name that resolved nowhere, a likely typo of it first. */
export function nearestFirst<T extends { name: string }>(name: string, candidates: readonly T[]): T[] {
  const closest = closestName(name, candidates.map((c) => c.name));
  const first = candidates.find((c) => c.name === closest);
  return (first ? [first, ...candidates.filter((c) => c !== first)] : [...candidates]).slice(0, 3);
}

/** At most three candidates whose names are likely typos of `name`, the closest first. */
export function likelyMeant<T extends { name: string }>(name: string, candidates: readonly T[]): T[] {
  return nearestFirst(name, candidates.filter((c) => closestName(name, [c.name]) !== undefined));
}
