/** Conversions between the engine's plain data and VS Code's classes. */
import * as vscode from 'vscode';
import type { DiagnosticTag, Fix, LintDiagnostic, Range, Severity } from '../core/types';
import { docsPath } from '../core/rule';

export const DIAGNOSTIC_SOURCE = 'Infra Coach';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromRange(range: vscode.Range): Range {
  return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const TAG: Record<DiagnosticTag, vscode.DiagnosticTag> = {
  unnecessary: vscode.DiagnosticTag.Unnecessary,
  deprecated: vscode.DiagnosticTag.Deprecated,
};

/** The rule's page shipped inside the extension (docs/rules/<ID>.md). */
export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, docsPath(ruleId));
}

export function toDiagnostic(d: LintDiagnostic, document: vscode.Uri, extensionUri: vscode.Uri): vscode.Diagnostic {
  const out = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
  out.source = DIAGNOSTIC_SOURCE;
  out.code = { value: d.rule, target: ruleDocUri(extensionUri, d.rule) };
  if (d.tags?.length) out.tags = d.tags.map((t) => TAG[t]);
  if (d.related?.length) {
    out.relatedInformation = d.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(r.path ? relatedUri(document, r.path) : document, toRange(r.range)), r.message),
    );
  }
  return out;
}

/** A related location in another file: absolute, or relative to the document's folder. */
function relatedUri(document: vscode.Uri, path: string): vscode.Uri {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return document.with({ path: path.replace(/\\/g, '/') });
  return vscode.Uri.joinPath(document, '..', path);
}

/** The rule id a VS Code diagnostic of ours carries, or undefined for other sources' diagnostics. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function toWorkspaceEdit(uri: vscode.Uri, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}
