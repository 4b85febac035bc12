/** Output formats of `infra-coach lint`. The JSON shape is a stable contract (version 1). */
import type { LintResult, RuleFailure } from '../core/engine';
import type { FileKind, LintDiagnostic, Range, Severity } from '../core/types';

export interface FileReport {
  path: string;
  result: LintResult;
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
  for (const { path, result } of reports) {
    if (!result.kind) {
      skipped.push({ path, reason: SKIP_REASON });
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

/** One line per finding, `path:line:column: severity RULE message`, as editors' problem matchers read. */
export function toText(reports: FileReport[]): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let linted = 0;
  let skipped = 0;
  for (const { path, result } of reports) {
    if (!result.kind) {
      skipped++;
      lines.push(`${path}: skipped (${SKIP_REASON})`);
      continue;
    }
    linted++;
    for (const d of result.diagnostics) {
      counts[d.severity]++;
      const at = jsonRange(d.range);
      lines.push(`${path}:${at.line}:${at.column}: ${d.severity} ${d.rule} ${d.message}${d.fixes.length ? ' [fixable]' : ''}`);
    }
    if (result.limited) lines.push(`${path}: larger than the size limit; only syntax checks ran`);
    for (const f of result.failures) lines.push(`${path}: rule ${f.rule} failed, its findings are missing: ${f.error.split('\n')[0]}`);
  }
  const total = SEVERITY_ORDER.reduce((n, s) => n + counts[s], 0);
  const detail = SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'info' ? '' : 's'}`);
  const files = `${linted} file${linted === 1 ? '' : 's'} linted`;
  const findings = total === 0 ? 'no findings' : `${total} finding${total === 1 ? '' : 's'} (${detail.join(', ')})`;
  lines.push(`${files}, ${findings}${skipped ? `, ${skipped} skipped` : ''}`);
  return lines.join('\n') + '\n';
}
