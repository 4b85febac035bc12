/**
 * Reading the `yaml` package's nodes the way Compose reads the file: aliases followed and merge
 * keys (`<<: *x`) applied, while every entry remembers where the user wrote it, so findings land on
 * the text in this document rather than on a value copied in from elsewhere.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export type YamlDoc = Document.Parsed;

/** One effective key of a mapping after merges are applied. */
export interface Entry {
  key: string;
  pair: Pair;
  /** The key node as written (inside the anchored mapping when the entry was merged in). */
  keyNode: Scalar;
  /** The value with aliases followed; null for an empty value. */
  value: Node | null;
  /** The value node as written (may be an alias). */
  rawValue: Node | null;
  /** Where a finding about this entry belongs in the mapping that holds it: the key itself, or the `<<` alias that brought it in. */
  at: [number, number];
  /** The merge alias this entry came through, when it was not written in this mapping. */
  via?: Alias;
}

const MERGE = '<<';

export function isMergeKey(pair: Pair): boolean {
  return isScalar(pair.key) && (typeof pair.key.value === 'symbol' || pair.key.value === MERGE);
}

/** Calls `visit` for every node below `node` (keys included), in document order. */
export function walkNodes(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (isPair(node)) {
    walkNodes(node.key, visit);
    walkNodes(node.value, visit);
    return;
  }
  visit(node as Node);
  if (isMap(node) || isSeq(node)) for (const item of node.items) walkNodes(item, visit);
}

type AnchorIndex = Map<string, { offset: number; node: Node }[]>;
const anchorIndexes = new WeakMap<YamlDoc, AnchorIndex>();

/**
 * Every anchor of the document with where it is defined, built in one walk. The `yaml` package's
 * own `Alias.resolve` searches the whole document for each alias, which is quadratic in files that
 * merge a shared block into every service.
 */
function anchorIndex(doc: YamlDoc): AnchorIndex {
  let index = anchorIndexes.get(doc);
  if (!index) {
    const found: AnchorIndex = new Map();
    walkNodes(doc.contents, (node) => {
      if (isAlias(node) || !node.anchor) return;
      const list = found.get(node.anchor) ?? [];
      list.push({ offset: node.range?.[0] ?? 0, node });
      found.set(node.anchor, list);
    });
    index = found;
    anchorIndexes.set(doc, index);
  }
  return index;
}

/** Follows aliases (and chains of them) to the node they stand for: the nearest anchor of that name before the alias. */
export function resolve(doc: YamlDoc, node: unknown): Node | null {
  let current = node;
  for (let hops = 0; isAlias(current) && hops < 32; hops++) {
    const alias = current as Alias;
    const at = alias.range?.[0] ?? Infinity;
    const candidates = anchorIndex(doc).get(alias.source) ?? [];
    let target: Node | null = null;
    for (const c of candidates) if (c.offset < at) target = c.node;
    current = target;
  }
  return isAlias(current) ? null : ((current as Node | null | undefined) ?? null);
}

export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key)) return undefined;
  const v = key.value;
  if (typeof v === 'symbol') return MERGE;
  return v === null ? '' : String(v);
}

export function spanOf(node: Node | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

const entryCache = new WeakMap<YAMLMap, Entry[]>();
/** Mappings whose entries are being read: a merge key that leads back to one of them adds nothing new. */
const reading = new Set<YAMLMap>();

/** The mapping's keys as Compose sees them: own keys win over merged ones, earlier merge sources over later ones. */
export function entries(doc: YamlDoc, map: YAMLMap): Entry[] {
  const cached = entryCache.get(map);
  if (cached) return cached;
  // `a: &a {<<: *a}`: the merge would read `a` again, forever. Its keys are already being collected.
  if (reading.has(map)) return [];
  reading.add(map);
  try {
    return readEntries(doc, map);
  } finally {
    reading.delete(map);
  }
}

function readEntries(doc: YamlDoc, map: YAMLMap): Entry[] {
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const item of map.items) {
    if (!isPair(item)) continue;
    if (isMergeKey(item)) {
      collectMerged(doc, item.value as Node | null, merged, undefined, 0);
      continue;
    }
    const key = keyText(item);
    if (key === undefined) continue;
    const keyNode = item.key as Scalar;
    own.push({ key, pair: item, keyNode, value: resolve(doc, item.value), rawValue: (item.value as Node | null) ?? null, at: spanOf(keyNode) ?? [0, 0] });
  }
  if (merged.length === 0) {
    entryCache.set(map, own);
    return own;
  }
  const seen = new Set(own.map((e) => e.key));
  const result = own;
  for (const e of merged) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    result.push(e);
  }
  entryCache.set(map, result);
  return result;
}

function collectMerged(doc: YamlDoc, source: Node | null, out: Entry[], via: Alias | undefined, depth: number): void {
  if (!source || depth > 16) return;
  if (isAlias(source)) {
    collectMerged(doc, resolve(doc, source), out, via ?? source, depth + 1);
    return;
  }
  if (isSeq(source)) {
    for (const item of source.items) collectMerged(doc, item as Node, out, via, depth + 1);
    return;
  }
  if (!isMap(source)) return;
  for (const e of entries(doc, source)) {
    const through = via ?? e.via;
    out.push({ ...e, via: through, at: spanOf(through) ?? e.at });
  }
}

export function entry(doc: YamlDoc, map: Node | null | undefined, key: string): Entry | undefined {
  if (!isMap(map)) return undefined;
  return entries(doc, map).find((e) => e.key === key);
}

/** A plain JavaScript string for a scalar (numbers and booleans as written); undefined for collections. */
export function scalarString(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return node.source ?? String(v);
  return undefined;
}

export function seqItems(doc: YamlDoc, node: Node | null | undefined): { raw: Node; value: Node | null }[] {
  if (!isSeq(node)) return [];
  return (node as YAMLSeq).items.map((raw) => ({ raw: raw as Node, value: resolve(doc, raw) }));
}

export function yamlTypeOf(node: Node | null): 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' {
  if (node === null) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  return 'null';
}
