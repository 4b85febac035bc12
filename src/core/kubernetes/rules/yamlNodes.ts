/**
 * Small, allocation-free readers over the `yaml` AST. Checks read only the few fields they need
 * straight from the nodes: converting whole documents to JavaScript would cost more than the parse.
 */
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Range } from '../../types';
import type { KubernetesModel } from '../model';

export type MaybeNode = YamlNode | null | undefined | unknown;

/** The pair whose key is the plain string `key`, in a mapping. */
export function pairOf(map: MaybeNode, key: string): Pair<Scalar, YamlNode | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isScalar(item.key) && item.key.value === key) return item as Pair<Scalar, YamlNode | null>;
  }
  return undefined;
}

export function get(map: MaybeNode, key: string): YamlNode | undefined {
  const value = pairOf(map, key)?.value;
  return value ?? undefined;
}

/** Follows a chain of mapping keys. */
export function getIn(map: MaybeNode, path: readonly string[]): YamlNode | undefined {
  let node: MaybeNode = map;
  for (const key of path) {
    node = get(node, key);
    if (!node) return undefined;
  }
  return node as YamlNode;
}

export function asMap(node: MaybeNode): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function seqItems(node: MaybeNode): YamlNode[] {
  return isSeq(node) ? ((node as YAMLSeq).items.filter((i) => i && typeof i === 'object') as YamlNode[]) : [];
}

export function mapItems(node: MaybeNode): YAMLMap[] {
  return seqItems(node).filter(isMap);
}

/** A scalar's value as a string (numbers and booleans as written), or undefined. */
export function str(node: MaybeNode): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return node.source ?? String(v);
  return undefined;
}

export function num(node: MaybeNode): number | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
}

export function bool(node: MaybeNode): boolean | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true') return true;
  if (node.value === 'false') return false;
  return undefined;
}

/** Strings of a sequence of scalars. */
export function strings(node: MaybeNode): string[] {
  const out: string[] = [];
  for (const item of seqItems(node)) {
    const s = str(item);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** A mapping of scalars (labels, annotations, selectors) as a plain record. */
export function stringMap(node: MaybeNode): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(node)) return out;
  for (const item of node.items) {
    const key = str(item.key);
    if (key === undefined) continue;
    out[key] = str(item.value) ?? '';
  }
  return out;
}

export function isNode(value: unknown): value is YamlNode {
  return !!value && typeof value === 'object' && 'range' in (value as object);
}

/** Range of a value node (without a block collection's trailing line break). */
export function rangeOf(model: KubernetesModel, node: YamlNode | Pair | null | undefined): Range | undefined {
  if (!node) return undefined;
  if (isPair(node)) return pairRange(model, node);
  const r = node.range;
  if (!r) return undefined;
  return model.lines.range(r[0], trimEnd(model.text, r[0], r[1]));
}

/** Range of a pair's key alone: where a problem with a whole block points. */
export function keyRange(model: KubernetesModel, pair: Pair): Range | undefined {
  const key = pair.key;
  if (!isNode(key) || !key.range) return undefined;
  return model.lines.range(key.range[0], key.range[1]);
}

/** `key: value` for a scalar value; the key alone when the value is a block. */
export function pairRange(model: KubernetesModel, pair: Pair): Range | undefined {
  const key = keyRange(model, pair);
  if (!key) return undefined;
  const value = pair.value;
  if (isScalar(value) && value.range) return { start: key.start, end: model.lines.positionAt(value.range[1]) };
  return key;
}

/** Offset just after the last non-blank character in [start, end). */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}

/** The pairs of a mapping that have plain scalar keys. */
export function* pairs(map: MaybeNode): Iterable<Pair<Scalar, YamlNode | null>> {
  if (!isMap(map)) return;
  for (const item of map.items) if (isScalar(item.key)) yield item as Pair<Scalar, YamlNode | null>;
}
