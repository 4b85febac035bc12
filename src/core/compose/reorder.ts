/**
 * The edit that puts the items of one YAML collection in a new order, moving each item's lines
 * (with the comment lines right above it) as a block, so comments, quoting and anchors survive.
 * Returns undefined when the move cannot be done safely by text (items sharing a line, an alias
 * that would end up before its anchor).
 */
import type { Node, Pair } from 'yaml';
import { isAlias, isMap, isPair, isSeq } from './nodeTypes';
import { walkNodes } from './yamlNodes';
import type { TextEdit } from '../types';
import type { ComposeModel } from './model';

type Item = Node | Pair;

/** An alias as YAML writes it: `*name` at the start of a value or flow item (a glob such as `*.conf` does not count). */
const ALIAS_START = /[\s[{,:]/;
const ALIAS_NAME = /[A-Za-z0-9_-]/;

export function reorderEdit(model: ComposeModel, collection: Node, order: readonly Item[]): TextEdit | undefined {
  if (!isMap(collection) && !isSeq(collection)) return undefined;
  const items = collection.items as Item[];
  if (items.length < 2 || order.length !== items.length) return undefined;
  const newIndex = new Map(order.map((item, i) => [item, i]));
  if (newIndex.size !== items.length || items.some((item) => !newIndex.has(item))) return undefined;
  // Only items with an alias (`*name`) in their text can have one that the move would put before its anchor.
  if (hasAliases(model) && mayHoldAlias(model.text, items) && !anchorsStayBeforeAliases(model.text, items, newIndex)) return undefined;
  return collection.flow ? flowEdit(model, items, order) : blockEdit(model, items, newIndex);
}

function hasAliases(model: ComposeModel): boolean {
  let found = model.memo.get('hasAliases') as boolean | undefined;
  if (found === undefined) {
    found = hasAlias(model.text);
    model.memo.set('hasAliases', found);
  }
  return found;
}

/**
 * Whether the text holds an alias as YAML writes it: `*name` at the start of a value or flow item (a
 * glob such as `*.conf` does not count). Looking only at each `*` is several times faster than a
 * regular expression tried at every position of the file.
 */
function hasAlias(text: string): boolean {
  for (let at = text.indexOf('*'); at >= 0; at = text.indexOf('*', at + 1)) {
    if ((at === 0 || ALIAS_START.test(text[at - 1])) && ALIAS_NAME.test(text[at + 1] ?? '')) return true;
  }
  return false;
}

/** The file's line break, looked up once per file rather than scanning the text for every edit. */
function lineBreak(model: ComposeModel): string {
  let eol = model.memo.get('lineBreak') as string | undefined;
  if (eol === undefined) {
    eol = model.text.includes('\r\n') ? '\r\n' : '\n';
    model.memo.set('lineBreak', eol);
  }
  return eol;
}

function mayHoldAlias(text: string, items: Item[]): boolean {
  const start = startOf(items[0]);
  const end = endOf(items[items.length - 1]);
  return start === undefined || end === undefined || holds(text, '*', start, end);
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

function blockEdit(model: ComposeModel, items: Item[], newIndex: Map<Item, number>): TextEdit | undefined {
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
  const eol = lineBreak(model);
  const moved: string[] = new Array(items.length);
  bounds.forEach((b, i) => {
    const from = lines.lineStart(b);
    let to = i + 1 < bounds.length ? lines.lineStart(bounds[i + 1]) : lines.lineEnd(endLine);
    // The segment without its final line break.
    if (to > from && text[to - 1] === '\n') to -= to - 1 > from && text[to - 2] === '\r' ? 2 : 1;
    moved[newIndex.get(items[i]) as number] = text.slice(from, to);
  });
  const newText = moved.join(eol);
  const start = lines.lineStart(bounds[0]);
  const stop = lines.lineEnd(endLine);
  return { range: lines.range(start, stop), newText };
}

function anchorsStayBeforeAliases(text: string, items: Item[], newIndex: Map<Item, number>): boolean {
  const anchorOwner = new Map<string, Item>();
  const uses: { item: Item; name: string }[] = [];
  let from = 0;
  for (const item of items) {
    // Walking every node is most of an edit's cost. An item with no `*` or `&` in its text (from the end
    // of the item before, as an anchor may stand before the node it names) has no alias or anchor.
    const end = endOf(item);
    const walk = end === undefined || holds(text, '*', from, end) || holds(text, '&', from, end);
    if (end !== undefined) from = end;
    if (!walk) continue;
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

function holds(text: string, mark: string, from: number, end: number): boolean {
  const at = text.indexOf(mark, from);
  return at >= 0 && at < end;
}
