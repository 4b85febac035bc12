/**
 * The edit that puts the items of one YAML collection in a new order, moving each item's lines
 * (with the comment lines right above it) as a block, so comments, quoting and anchors survive.
 * Returns undefined when the move cannot be done safely by text (items sharing a line, an alias
 * that would end up before its anchor).
 */
import { isAlias, isMap, isPair, isSeq, type Node, type Pair } from 'yaml';
import { walkNodes } from './yamlNodes';
import type { TextEdit } from '../types';
import type { ComposeModel } from './model';

type Item = Node | Pair;

/** An alias as YAML writes it: `*name` at the start of a value or flow item (a glob such as `*.conf` does not count). */
const ALIAS = /(?:^|[\s[{,:])\*[A-Za-z0-9_-]/m;

export function reorderEdit(model: ComposeModel, collection: Node, order: readonly Item[]): TextEdit | undefined {
  if (!isMap(collection) && !isSeq(collection)) return undefined;
  const items = collection.items as Item[];
  if (items.length < 2 || order.length !== items.length) return undefined;
  const newIndex = new Map(order.map((item, i) => [item, i]));
  if (newIndex.size !== items.length || items.some((item) => !newIndex.has(item))) return undefined;
  // Only a file with an alias can have one that the move would put before its anchor.
  if (hasAliases(model) && !anchorsStayBeforeAliases(items, newIndex)) return undefined;
  return collection.flow ? flowEdit(model, items, order) : blockEdit(model, items, order);
}

function hasAliases(model: ComposeModel): boolean {
  let found = model.memo.get('hasAliases') as boolean | undefined;
  if (found === undefined) {
    found = ALIAS.test(model.text);
    model.memo.set('hasAliases', found);
  }
  return found;
}

function startOf(item: Item): number | undefined {
  if (isPair(item)) return (item.key as Node | null)?.range?.[0];
  return item.range?.[0];
}

function endOf(item: Item): number | undefined {
  if (isPair(item)) return ((item.value as Node | null)?.range ?? (item.key as Node | null)?.range)?.[1];
  return item.range?.[1];
}

function flowEdit(model: ComposeModel, items: Item[], order: readonly Item[]): TextEdit | undefined {
  const spans = items.map((item) => [startOf(item), endOf(item)]);
  if (spans.some(([s, e]) => s === undefined || e === undefined)) return undefined;
  const first = spans[0][0] as number;
  const last = spans[spans.length - 1][1] as number;
  let out = '';
  let cursor = first;
  items.forEach((_, i) => {
    const [s, e] = spans[i] as [number, number];
    out += model.text.slice(cursor, s);
    const moved = order[i];
    const j = items.indexOf(moved);
    const [ms, me] = spans[j] as [number, number];
    out += model.text.slice(ms, me);
    cursor = e;
  });
  return { range: model.lines.range(first, last), newText: out };
}

function blockEdit(model: ComposeModel, items: Item[], order: readonly Item[]): TextEdit | undefined {
  const { lines, text } = model;
  const startLines: number[] = [];
  for (const item of items) {
    const s = startOf(item);
    if (s === undefined) return undefined;
    const line = lines.positionAt(s).line;
    if (startLines.length && line <= startLines[startLines.length - 1]) return undefined;
    startLines.push(line);
  }
  let end = endOf(items[items.length - 1]);
  if (end === undefined) return undefined;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const endLine = lines.positionAt(end).line;
  // Comment lines directly above an item travel with it.
  const bounds = startLines.map((line, i) => {
    let b = line;
    const floor = i === 0 ? -1 : startLines[i - 1];
    while (b - 1 > floor && /^\s*#/.test(lines.lineText(b - 1))) b--;
    return b;
  });
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const segments = bounds.map((b, i) => {
    const from = lines.lineStart(b);
    const to = i + 1 < bounds.length ? lines.lineStart(bounds[i + 1]) : lines.lineEnd(endLine);
    return text.slice(from, to).replace(/\r?\n$/, '');
  });
  const newText = order.map((item) => segments[items.indexOf(item)]).join(eol);
  const start = lines.lineStart(bounds[0]);
  const stop = lines.lineEnd(endLine);
  return { range: lines.range(start, stop), newText };
}

function anchorsStayBeforeAliases(items: Item[], newIndex: Map<Item, number>): boolean {
  const anchorOwner = new Map<string, Item>();
  const uses: { item: Item; name: string }[] = [];
  for (const item of items) {
    walkNodes(item, (node) => {
      if (isAlias(node)) uses.push({ item, name: node.source });
      else if (node.anchor) anchorOwner.set(node.anchor, item);
    });
  }
  return uses.every(({ item, name }) => {
    const owner = anchorOwner.get(name);
    return !owner || owner === item || (newIndex.get(owner) as number) < (newIndex.get(item) as number);
  });
}
