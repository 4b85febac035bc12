/**
 * Inline suppressions in Compose files: dclint's comments, so files already annotated for dclint
 * keep working, and Infra Coach's own `# infra-coach ignore=rule,...`.
 *
 * - `# dclint disable-file` as the first line: nothing in the file is reported.
 * - `# dclint disable [rule ...]` as the first line: the listed rules (or all) for the whole file.
 * - `# dclint disable-line [rule ...]` after content on a line covers that line; alone on a line it
 *   covers the next line.
 * - `# infra-coach ignore=a,b -- reason` alone on a line covers the next key or list item with
 *   everything nested under it; after content on a line it covers that line only.
 * - `# infra-coach ignore-file=a,b` anywhere: the whole file. `all` stands for every rule.
 */
import { isScalar, visit } from 'yaml';
import type { Suppression } from '../suppression';
import type { Fix, LintDiagnostic } from '../types';
import type { ComposeModel } from './model';

const DCLINT = /(?:^|\s)#\s*dclint\s+(disable-file|disable-line|disable)\b(.*)$/;
const OURS = /#[ \t]*infra-coach[ \t]+(ignore(?:-file)?)=([^\s#]+(?:[ \t]*,[ \t]*[^\s#,]+)*)/;

function ruleList(ids: string[]): string[] | 'all' {
  return ids.length === 0 || ids.some((id) => id.toLowerCase() === 'all') ? 'all' : ids;
}

function split(text: string): string[] {
  return text.trim().split(/[\s,]+/).filter(Boolean);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** Whether the `#` at `hash` starts a comment: at the line start or after a space, and outside quotes. */
function isComment(text: string, hash: number): boolean {
  const before = text.slice(0, hash);
  if (before.trim() !== '' && !/[ \t]$/.test(before)) return false;
  return (before.match(/"/g)?.length ?? 0) % 2 === 0 && (before.match(/'/g)?.length ?? 0) % 2 === 0;
}

/** The last line of the key or list item starting on `line`: deeper-indented lines, plus a same-level list under a key. */
function blockEnd(model: ComposeModel, line: number): number {
  const { lines } = model;
  const first = lines.lineText(line);
  const indent = indentOf(first);
  const isItem = first.trimStart().startsWith('-');
  let end = line;
  for (let l = line + 1; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    if (isBlankOrComment(text)) continue;
    const i = indentOf(text);
    if (i > indent || (i === indent && !isItem && text.trimStart().startsWith('-'))) end = l;
    else break;
  }
  return end;
}

/** The first line with content other than a `---` marker: dclint reads its file-wide comments only there. */
function firstContentLine(model: ComposeModel): number {
  const { lines } = model;
  for (let line = 0; line < lines.lineCount; line++) {
    const trimmed = lines.lineText(line).trim();
    if (trimmed !== '' && trimmed !== '---') return line;
  }
  return lines.lineCount;
}

export function composeSuppressions(model: ComposeModel): Suppression[] {
  const out: Suppression[] = [];
  const { lines } = model;
  const last = Math.max(0, lines.lineCount - 1);
  const contentStart = firstContentLine(model);
  // Only a line with a `#` can hold a suppression: jump from one to the next instead of reading every line.
  for (let hash = model.text.indexOf('#'); hash >= 0; ) {
    const line = lines.positionAt(hash).line;
    hash = line + 1 < lines.lineCount ? model.text.indexOf('#', lines.lineStart(line + 1)) : -1;
    const text = lines.lineText(line);
    const trimmed = text.trim();
    // A line with a `#` has content, so it is the first content line or comes after it.
    const firstContent = line === contentStart;
    const ownLine = trimmed.startsWith('#');
    const lineStart = lines.lineStart(line);
    const d = DCLINT.exec(text);
    if (d) {
      const hash = text.indexOf('#', d.index);
      if (isComment(text, hash)) {
        const range = lines.range(lineStart + hash, lines.lineEnd(line));
        const [, kind, rest] = d;
        if (kind === 'disable-line') {
          const target = ownLine ? line + 1 : line;
          out.push({ rules: ruleList(split(rest)), fromLine: target, toLine: target, range, source: 'dclint' });
        } else if (firstContent && ownLine) {
          // dclint reads these only on the file's first line (after an optional `---`).
          out.push({ rules: kind === 'disable-file' ? 'all' : ruleList(split(rest)), fromLine: 0, toLine: last, range, source: 'dclint' });
        }
      }
    }
    const o = OURS.exec(text);
    if (o && isComment(text, o.index)) {
      const range = lines.range(lineStart + o.index, lines.lineEnd(line));
      const rules = ruleList(o[2].split(',').map((x) => x.trim()).filter(Boolean));
      if (o[1] === 'ignore-file') out.push({ rules, fromLine: 0, toLine: last, range, source: 'infra-coach' });
      else if (!ownLine) out.push({ rules, fromLine: line, toLine: line, range, source: 'infra-coach' });
      else {
        let target = line + 1;
        while (target < lines.lineCount && isBlankOrComment(lines.lineText(target))) target++;
        const toLine = target < lines.lineCount ? blockEnd(model, target) : line;
        out.push({ rules, fromLine: line, toLine, range, source: 'infra-coach' });
      }
    }
  }
  return out;
}

/** The line an ignore comment should go above: the first line of a multi-line scalar holding the finding. */
function anchorLine(model: ComposeModel, diagnostic: LintDiagnostic): number {
  const line = diagnostic.range.start.line;
  const offset = model.lines.offsetAt(diagnostic.range.start);
  let anchor = line;
  if (model.doc) {
    visit(model.doc, {
      Scalar(_, node) {
        if (!isScalar(node) || !node.range) return;
        const [s, e] = node.range;
        if (s <= offset && offset < e) {
          const startLine = model.lines.positionAt(s).line;
          if (startLine < anchor) anchor = startLine;
        }
      },
    });
  }
  return anchor;
}

export function composeIgnoreFix(model: ComposeModel, diagnostic: LintDiagnostic): Fix | undefined {
  const { lines } = model;
  const line = anchorLine(model, diagnostic);
  const title = `Ignore ${diagnostic.rule} for this entry`;
  const above = line > 0 ? lines.lineText(line - 1) : undefined;
  const existing = above !== undefined ? OURS.exec(above) : null;
  if (existing && above !== undefined && existing[1] === 'ignore' && above.trimStart().startsWith('#')) {
    const ids = existing[2].split(',').map((x) => x.trim());
    if (ids.includes(diagnostic.rule)) return undefined;
    const end = lines.lineStart(line - 1) + existing.index + existing[0].length;
    return { title, edits: [{ range: lines.range(end, end), newText: `,${diagnostic.rule}` }], safe: false };
  }
  const text = lines.lineText(line);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const at = lines.lineStart(line);
  return { title, edits: [{ range: lines.range(at, at), newText: `${text.slice(0, indentOf(text))}# infra-coach ignore=${diagnostic.rule} -- reason${eol}` }], safe: false };
}
