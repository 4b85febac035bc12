/**
 * Ways to silence a Kubernetes finding, from narrowest to widest:
 * - `# infra-coach ignore=<id>[,<id>] -- reason` at the end of a line: that line;
 * - the same comment on its own line: the key (or list item) on the next line and everything below it,
 *   or the whole document when it sits above the document's first key or its `---`;
 * - `# infra-coach ignore-file=<id>[,<id>]` anywhere: the file;
 * - annotations on an object, as kube-linter, kube-score and Polaris read them: that object's document.
 * Comments stay out of the cluster, which is why they are the form the quick fix writes.
 */
import { isScalar } from 'yaml';
import type { Suppression } from '../suppression';
import type { Fix, LintDiagnostic, Range } from '../types';
import type { KubeDocument, KubernetesModel } from './model';
import { kubeLinterRules } from './rules';
import { lineEnding } from './rules/yamlEdits';
import { getIn, pairs, str } from './rules/yamlNodes';

const COMMENT = /#[ \t]*infra-coach[ \t]+(ignore(?:-file)?)=([^\s#,]+(?:[ \t]*,[ \t]*[^\s#,]+)*)/;

interface IgnoreComment {
  line: number;
  form: 'ignore' | 'ignore-file';
  ids: string[];
  /** Offsets of the id list in the file, for merging another id into it. */
  idsStart: number;
  idsEnd: number;
  /** The comment alone on its line (as opposed to after a value). */
  ownLine: boolean;
  range: Range;
}

function parseComment(model: KubernetesModel, line: number): IgnoreComment | undefined {
  const text = model.lines.lineText(line);
  const m = COMMENT.exec(text);
  if (!m) return undefined;
  const hash = m.index;
  const before = text.slice(0, hash);
  // A `#` inside a quoted value is not a comment; after a value a comment needs a space before it.
  if (before.trim() !== '' && !/[ \t]$/.test(before)) return undefined;
  if ((before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/'/g)?.length ?? 0) % 2 === 1) return undefined;
  const lineStart = model.lines.lineStart(line);
  const idsStart = lineStart + hash + m[0].indexOf('=') + 1;
  return {
    line,
    form: m[1] as IgnoreComment['form'],
    ids: m[2].split(',').map((s) => s.trim()).filter(Boolean),
    idsStart,
    idsEnd: idsStart + m[2].length,
    ownLine: before.trim() === '',
    range: model.lines.range(lineStart + hash, model.lines.lineEnd(line)),
  };
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function isBlankOrComment(text: string): boolean {
  const t = text.trim();
  return t === '' || t.startsWith('#');
}

/** The lines of the key or list item starting on `line`: deeper-indented lines, plus a same-level list under a key. */
function blockEnd(model: KubernetesModel, line: number): number {
  const first = model.lines.lineText(line);
  const indent = indentOf(first);
  const isItem = first.trimStart().startsWith('-');
  let end = line;
  for (let l = line + 1; l < model.lines.lineCount; l++) {
    const text = model.lines.lineText(l);
    if (isBlankOrComment(text)) continue;
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(text)) break;
    const i = indentOf(text);
    if (i > indent || (i === indent && !isItem && text.trimStart().startsWith('-'))) end = l;
    else break;
  }
  return end;
}

/** The document a comment above `line` introduces, when `line` is its `---` or its first key. */
function documentStartingAt(model: KubernetesModel, line: number): KubeDocument | undefined {
  for (const doc of model.documents) {
    const contents = doc.yaml.contents as { range?: [number, number, number] } | null;
    const firstContent = contents?.range ? model.lines.positionAt(contents.range[0]).line : undefined;
    if (firstContent === line) return doc;
    if (/^---/.test(model.lines.lineText(line)) && doc.range.start.line <= line && line <= doc.range.end.line && firstContent !== undefined && firstContent > line) return doc;
  }
  return undefined;
}

function commentSuppression(model: KubernetesModel, c: IgnoreComment): Suppression {
  const rules = c.ids.some((id) => id.toLowerCase() === 'all') ? 'all' : c.ids;
  const base = { rules, range: c.range, source: 'infra-coach' } as const;
  if (c.form === 'ignore-file') return { ...base, fromLine: 0, toLine: model.lines.lineCount - 1 };
  if (!c.ownLine) return { ...base, fromLine: c.line, toLine: c.line };
  let next = c.line + 1;
  while (next < model.lines.lineCount && isBlankOrComment(model.lines.lineText(next))) next++;
  if (next >= model.lines.lineCount) return { ...base, fromLine: c.line, toLine: c.line };
  const doc = documentStartingAt(model, next);
  if (doc) return { ...base, fromLine: c.line, toLine: doc.range.end.line };
  return { ...base, fromLine: c.line, toLine: blockEnd(model, next) };
}

/** Ids that peers' annotations may name and that mean something here (our ids and their aliases). */
let knownIds: Set<string> | undefined;
function known(id: string): boolean {
  knownIds ??= new Set(kubeLinterRules.flatMap((r) => [r.meta.id, ...r.meta.aliases].map((i) => i.toLowerCase())));
  return knownIds.has(id.toLowerCase());
}

const KUBE_LINTER_CHECK = 'ignore-check.kube-linter.io/';
const POLARIS = 'polaris.fairwinds.com/';

function annotationSuppressions(model: KubernetesModel, doc: KubeDocument, out: Suppression[]): void {
  for (const pair of pairs(getIn(doc.root, ['metadata', 'annotations']))) {
    const key = String(pair.key.value);
    const value = str(pair.value) ?? '';
    let rules: string[] | 'all' | undefined;
    let source = 'kube-linter';
    if (key === 'kube-linter.io/ignore-all') rules = 'all';
    else if (key.startsWith(KUBE_LINTER_CHECK)) rules = [key.slice(KUBE_LINTER_CHECK.length)];
    else if (key === 'kube-score/ignore') {
      source = 'kube-score';
      rules = value.split(',').map((s) => s.trim());
    } else if (key.startsWith(POLARIS) && value.toLowerCase() === 'true') {
      source = 'polaris';
      const name = key.slice(POLARIS.length);
      rules = name === 'exempt' ? 'all' : name.endsWith('-exempt') ? [name.slice(0, -'-exempt'.length)] : undefined;
    }
    if (rules !== 'all') rules = rules?.filter(known);
    if (!rules || rules.length === 0) continue;
    const key0 = pair.key.range;
    const end = isScalar(pair.value) && pair.value.range ? pair.value.range[1] : key0?.[1];
    if (!key0 || end === undefined) continue;
    out.push({ rules, fromLine: doc.range.start.line, toLine: doc.range.end.line, range: model.lines.range(key0[0], end), source });
  }
}

/**
 * Offsets of the marker inside each document, relative to its start. Documents the parser reuses after
 * an edit (their text unchanged) keep their entry, so an edit rescans only the document it touched.
 */
const markers = new WeakMap<KubeDocument, number[]>();
const MARKER = 'infra-coach';

function markersIn(model: KubernetesModel, doc: KubeDocument): number[] {
  let found = markers.get(doc);
  if (!found) {
    found = [];
    // Scanning for `#` (a single character) is much faster than for the word, and comments are few.
    const { text } = model;
    for (let i = text.indexOf('#', doc.start); i >= 0 && i < doc.end; i = text.indexOf('#', i + 1)) {
      let j = i + 1;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      if (text.startsWith(MARKER, j)) found.push(i - doc.start);
    }
    markers.set(doc, found);
  }
  return found;
}

export function kubernetesSuppressions(model: KubernetesModel): Suppression[] {
  const out: Suppression[] = [];
  let lastLine = -1;
  for (const doc of model.documents) {
    for (const offset of markersIn(model, doc)) {
      const line = model.lines.positionAt(doc.start + offset).line;
      if (line === lastLine) continue;
      lastLine = line;
      const c = parseComment(model, line);
      if (c) out.push(commentSuppression(model, c));
    }
    if (!doc.skipped && doc.root) annotationSuppressions(model, doc, out);
  }
  return out;
}

/** True when `line` is inside a block scalar (`|` or `>`), where a `#` line would become content. */
function insideBlockScalar(model: KubernetesModel, line: number): boolean {
  const indent = indentOf(model.lines.lineText(line));
  for (let l = line - 1; l >= 0; l--) {
    const text = model.lines.lineText(l);
    if (text.trim() === '') continue;
    const i = indentOf(text);
    if (i < indent) return /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/.test(text) || /^\s*-[ \t]+[|>][-+0-9]*\s*$/.test(text);
    if (l < line - 1000) return false;
  }
  return false;
}

/** Adds `# infra-coach ignore=<rule>` above the finding's line, or the rule to an ignore comment already there. */
export function kubernetesIgnoreFix(model: KubernetesModel, diagnostic: LintDiagnostic): Fix | undefined {
  const line = diagnostic.range.start.line;
  if (line >= model.lines.lineCount || insideBlockScalar(model, line)) return undefined;
  const title = `Ignore ${diagnostic.rule} here with an infra-coach comment`;
  const above = line > 0 ? parseComment(model, line - 1) : undefined;
  if (above && above.form === 'ignore' && above.ownLine) {
    if (above.ids.some((id) => id.toLowerCase() === diagnostic.rule.toLowerCase() || id.toLowerCase() === 'all')) return undefined;
    const at = model.lines.positionAt(above.idsEnd);
    return { title, edits: [{ range: { start: at, end: at }, newText: `,${diagnostic.rule}` }], safe: false };
  }
  const lineText = model.lines.lineText(line);
  const indent = lineText.slice(0, indentOf(lineText));
  const at = { line, character: 0 };
  return {
    title,
    edits: [{ range: { start: at, end: at }, newText: `${indent}# infra-coach ignore=${diagnostic.rule} -- reason${lineEnding(model.text)}` }],
    safe: false,
  };
}
