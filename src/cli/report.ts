/** Output formats of `infra-coach lint`. The JSON shape is a stable contract (version 1). */
import type { LintResult, RuleFailure } from '../core/engine';
import type { FileKind, LintDiagnostic, Range, Severity } from '../core/types';

export interface FileReport {
  path: string;
  result: LintResult;
  /** Why the file was not linted when it is not for lack of a kind (an ignore pattern). */
  skipped?: string;
}

export interface JsonRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonDiagnostic extends JsonRange {
  rule: string;
  aliases: string[];
  severity: Severity;
  message: string;
  fixable: boolean;
  docs: string;
}

export interface JsonFile {
  path: string;
  language: FileKind;
  diagnostics: JsonDiagnostic[];
  /** Present only when rules threw: their findings are missing from this file. */
  failures?: RuleFailure[];
  /** Present only when the file was over the size limit and got syntax checks only. */
  limited?: true;
}

export interface JsonReport {
  version: 1;
  files: JsonFile[];
  /** Files of no kind Infra Coach reads. */
  skipped: { path: string; reason: string }[];
}

export const SKIP_REASON = 'not a Dockerfile, Kubernetes manifest or Compose file';

/** 1-based lines and columns, end exclusive. */
export function jsonRange(range: Range): JsonRange {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function jsonDiagnostic(d: LintDiagnostic): JsonDiagnostic {
  return { rule: d.rule, aliases: d.aliases, severity: d.severity, message: d.message, ...jsonRange(d.range), fixable: d.fixes.length > 0, docs: d.docs };
}

export function toJson(reports: FileReport[]): JsonReport {
  const files: JsonFile[] = [];
  const skipped: JsonReport['skipped'] = [];
  for (const { path, result, skipped: why } of reports) {
    if (!result.kind || why) {
      skipped.push({ path, reason: why ?? SKIP_REASON });
      continue;
    }
    files.push({
      path,
      language: result.kind,
      diagnostics: result.diagnostics.map(jsonDiagnostic),
      ...(result.failures.length ? { failures: result.failures } : {}),
      ...(result.limited ? { limited: true as const } : {}),
    });
  }
  return { version: 1, files, skipped };
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];

/** ANSI styles, used only when the output is a terminal. */
const STYLE = { bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], yellow: [33, 39], blue: [34, 39], cyan: [36, 39] } as const;
type Style = keyof typeof STYLE;
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'cyan' };

/**
 * Findings grouped under their file, one per line as `line:column  severity  message  RULE`,
 * then a summary. Colour only when `color` is set (a terminal that did not ask for NO_COLOR).
 */
export function toText(reports: FileReport[], color = false): string {
  const paint = (style: Style, text: string): string => (color ? `\x1b[${STYLE[style][0]}m${text}\x1b[${STYLE[style][1]}m` : text);
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let linted = 0;
  let skipped = 0;
  let fixable = 0;
  for (const { path, result, skipped: why } of reports) {
    if (!result.kind || why) {
      skipped++;
      lines.push(paint('dim', `${path}: skipped (${why ?? SKIP_REASON})`));
      continue;
    }
    linted++;
    const rows = result.diagnostics.map((d) => {
      counts[d.severity]++;
      if (d.fixes.some((f) => f.safe)) fixable++;
      const at = jsonRange(d.range);
      return { at: `${at.line}:${at.column}`, severity: d.severity, message: d.message + (d.fixes.length ? ' [fixable]' : ''), rule: d.rule };
    });
    const notes: string[] = [];
    if (result.limited) notes.push('larger than the size limit; only syntax checks ran');
    for (const f of result.failures) notes.push(`rule ${f.rule} failed, its findings are missing: ${f.error.split('\n')[0]}`);
    if (rows.length === 0 && notes.length === 0) continue;
    lines.push(paint('underline', path));
    const atWidth = Math.max(...rows.map((r) => r.at.length), 0);
    for (const r of rows) {
      lines.push(`  ${paint('dim', r.at.padEnd(atWidth))}  ${paint(SEVERITY_STYLE[r.severity], r.severity.padEnd(7))}  ${r.message}  ${paint('dim', r.rule)}`);
    }
    for (const n of notes) lines.push(`  ${paint('red', n)}`);
    lines.push('');
  }
  const total = SEVERITY_ORDER.reduce((n, s) => n + counts[s], 0);
  const detail = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
  const files = `${linted} file${linted === 1 ? '' : 's'} linted`;
  const findings = total === 0 ? 'no findings' : `${total} finding${total === 1 ? '' : 's'} (${detail.join(', ')})`;
  const summary = `${files}, ${findings}${skipped ? `, ${skipped} skipped` : ''}`;
  lines.push(paint('bold', total === 0 ? summary : paint(counts.error ? 'red' : 'yellow', summary)));
  if (fixable) lines.push(`${fixable} finding${fixable === 1 ? '' : 's'} can be fixed with --fix`);
  return lines.join('\n') + '\n';
}
