/**
 * Inline suppressions in Compose files: dclint's comments, so files already annotated for dclint
 * keep working, and Infra Coach's own `# infra-coach ignore=rule,...`.
 *
 * - `# dclint disable-file` as the first line: nothing in the file is reported.
 * - `# dclint disable [rule ...]` as the first line: the listed rules (or all) for the whole file.
 * - `# dclint disable-line [rule ...]` after content on a line covers that line; alone on a line it
 *   covers the next line.
 * - `# infra-coach ignore=a,b` alone on a line covers the next entry with everything nested under
 *   it; after content on a line it covers that entry and its nested lines.
 */
import { isScalar, visit } from 'yaml';
import type { Suppression } from '../suppression';
import type { Fix, LintDiagnostic } from '../types';
import type { ComposeModel } from './model';

const DCLINT = /(?:^|\s)#\s*dclint\s+(disable-file|disable-line|disable)\b(.*)$/;
const OURS = /(?:^|\s)#\s*infra-coach\s+ignore=([A-Za-z0-9_.,\s-]+?)\s*(?:--.*)?$/;

function ruleList(text: string): string[] | 'all' {
  const ids = text.trim().split(/[\s,]+/).filter(Boolean);
  return ids.length === 0 ? 'all' : ids;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlankOrComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#');
}

/** The last line of the entry that starts on `line`: every following line indented deeper belongs to it. */
function blockEnd(model: ComposeModel, line: number): number {
  const { lines } = model;
  const first = lines.lineText(line);
  // A `- ` item's nested keys are indented past the dash.
  const indent = indentOf(first);
  let end = line;
  for (let l = line + 1; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    if (isBlankOrComment(text)) continue;
    if (indentOf(text) <= indent) break;
    end = l;
  }
  return end;
}

export function composeSuppressions(model: ComposeModel): Suppression[] {
  const out: Suppression[] = [];
  const { lines } = model;
  const last = Math.max(0, lines.lineCount - 1);
  let firstContent = true;
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('#')) {
      if (text.trim() !== '' && text.trim() !== '---') firstContent = false;
      continue;
    }
    const isCommentLine = text.trimStart().startsWith('#');
    const d = DCLINT.exec(text);
    if (d) {
      const start = text.indexOf('#', d.index);
      const range = lines.range(lines.lineStart(line) + start, lines.lineEnd(line));
      const [, kind, rest] = d;
      if (kind === 'disable-line') {
        const target = isCommentLine ? line + 1 : line;
        out.push({ rules: ruleList(rest), fromLine: target, toLine: target, range, source: 'dclint' });
      } else if (firstContent && isCommentLine) {
        out.push({ rules: kind === 'disable-file' ? 'all' : ruleList(rest), fromLine: 0, toLine: last, range, source: 'dclint' });
      }
    }
    const o = OURS.exec(text);
    if (o) {
      const start = text.indexOf('#', o.index);
      const range = lines.range(lines.lineStart(line) + start, lines.lineEnd(line));
      let target = line;
      if (isCommentLine) {
        target = line + 1;
        while (target < lines.lineCount && isBlankOrComment(lines.lineText(target))) target++;
      }
      if (target < lines.lineCount) out.push({ rules: ruleList(o[1]), fromLine: target, toLine: blockEnd(model, target), range, source: 'infra-coach' });
    }
    if (text.trim() !== '' && text.trim() !== '---') firstContent = false;
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
  const text = lines.lineText(line);
  const above = line > 0 ? lines.lineText(line - 1) : undefined;
  const existing = above !== undefined ? OURS.exec(above) : null;
  if (existing && above !== undefined && above.trimStart().startsWith('#')) {
    const ids = ruleList(existing[1]);
    if (ids !== 'all' && ids.includes(diagnostic.rule)) return undefined;
    const listStart = above.indexOf(existing[1], existing.index);
    const listEnd = listStart + existing[1].length;
    const pos = lines.lineStart(line - 1);
    return {
      title: `Ignore ${diagnostic.rule} for this entry`,
      edits: [{ range: lines.range(pos + listStart, pos + listEnd), newText: `${existing[1]},${diagnostic.rule}` }],
      safe: false,
    };
  }
  const indent = text.slice(0, indentOf(text));
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const at = lines.lineStart(line);
  return {
    title: `Ignore ${diagnostic.rule} for this entry`,
    edits: [{ range: lines.range(at, at), newText: `${indent}# infra-coach ignore=${diagnostic.rule}${eol}` }],
    safe: false,
  };
}
