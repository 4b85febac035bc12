/**
 * Quick fixes for our findings: each engine fix, an inline ignore, the rule's page; and
 * `source.fixAll.infraCoach`, which applies every safe fix at once (on save, if the user opts in).
 * Fixes come from a lint of the current text, so they never apply to a stale version.
 */
import * as vscode from 'vscode';
import { ignoreFix, lint } from '../core/engine';
import type { Fix, LintDiagnostic, TextEdit } from '../core/types';
import { ruleIdOf, toDiagnostic, toRange, toWorkspaceEdit } from './convert';
import { inputFor } from './documents';
import { editorFileHost } from './fileHost';
import type { Settings } from './settings';
import { OPEN_RULE_DOCS_COMMAND } from './ruleDocs';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('infraCoach');

export class InfraCoachCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly settings: Settings,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    // Fix-all runs only when asked for by kind (on save, or the Source Action menu).
    const wantsFixAll = context.only ? context.only.contains(FIX_ALL_KIND) : false;
    const wantsQuickFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    if (!wantsFixAll && !wantsQuickFix) return [];
    const ours = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    if (wantsQuickFix && !wantsFixAll && ours.length === 0) return [];

    const input = inputFor(document);
    const result = lint(input, { config: this.settings.configFor(document.uri), host: editorFileHost(document.uri) });
    if (token.isCancellationRequested) return [];
    if (wantsFixAll) return fixAll(document, result.diagnostics);

    const actions: vscode.CodeAction[] = [];
    const docsOffered = new Set<string>();
    for (const finding of result.diagnostics) {
      // Match what the user sees; a shown diagnostic may lag one edit behind the text, so a
      // same-rule finding under the cursor counts too.
      const shown = ours.find((d) => ruleIdOf(d) === finding.rule && d.range.isEqual(toRange(finding.range)));
      const nearby = !shown && ours.some((d) => ruleIdOf(d) === finding.rule) && toRange(finding.range).intersection(range) !== undefined;
      if (!shown && !nearby) continue;
      const diagnostic = shown ?? toDiagnostic(finding, document.uri, this.extensionUri);
      for (const fix of finding.fixes) actions.push(quickFix(document.uri, fix.title, fix, diagnostic, fix.safe));
      const ignore = ignoreFix(input, finding);
      // Each kind words its own ("for this instruction" in a Dockerfile, "for this entry" in Compose).
      if (ignore) actions.push(quickFix(document.uri, ignore.title, ignore, diagnostic, false));
      if (!docsOffered.has(finding.rule)) {
        docsOffered.add(finding.rule);
        const docs = new vscode.CodeAction(`Show documentation for ${finding.rule}`, vscode.CodeActionKind.QuickFix);
        docs.diagnostics = [diagnostic];
        docs.command = { command: OPEN_RULE_DOCS_COMMAND, title: docs.title, arguments: [finding.rule] };
        actions.push(docs);
      }
    }
    return actions;
  }
}

function quickFix(uri: vscode.Uri, title: string, fix: Fix, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(uri, fix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** Every safe fix whose edits do not overlap an earlier one's; the rest wait for the next run. */
function fixAll(document: vscode.TextDocument, findings: LintDiagnostic[]): vscode.CodeAction[] {
  const chosen: TextEdit[] = [];
  const taken: vscode.Range[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    const ranges = fix.edits.map((e) => toRange(e.range));
    if (ranges.some((r) => taken.some((t) => overlaps(r, t)))) continue;
    taken.push(...ranges);
    chosen.push(...fix.edits);
  }
  if (chosen.length === 0) return [];
  const action = new vscode.CodeAction('Fix all auto-fixable Infra Coach problems', FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document.uri, { title: action.title, edits: chosen, safe: true });
  return [action];
}

/** Touching ranges are fine (two inserts at one point are not: their order would be arbitrary). */
function overlaps(a: vscode.Range, b: vscode.Range): boolean {
  if (a.isEmpty && b.isEmpty) return a.start.isEqual(b.start);
  return a.start.isBefore(b.end) && b.start.isBefore(a.end);
}
