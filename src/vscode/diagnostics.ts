/**
 * Keeps the Problems panel in step with open documents: a debounced lint per document,
 * results published only for the document version they were computed from.
 */
import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/engine';
import { toDiagnostic } from './convert';
import { inputFor, isCandidate } from './documents';
import { editorFileHost } from './fileHost';
import type { Settings } from './settings';

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('infraCoach');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped on every schedule; a run whose ticket is no longer the latest is dropped. */
  private readonly tickets = new Map<string, number>();
  /** Rule failures already logged, per document, for its latest linted version only. */
  private readonly loggedFailures = new Map<string, { version: number; rules: Set<string> }>();
  private readonly noticedLarge = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.settings.debounceMs());
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('infraCoach')) this.relintAll();
      }),
    );
  }

  /** Lints the documents already open when the extension activates, off the activation path. */
  relintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    const ticket = this.nextTicket(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(document, ticket);
      }, delayMs),
    );
  }

  /** Lints at once, superseding any pending run; returns what was published. */
  lintNow(document: vscode.TextDocument): LintResult | undefined {
    if (!isCandidate(document)) return undefined;
    return this.run(document, this.nextTicket(document.uri.toString()));
  }

  private nextTicket(key: string): number {
    const ticket = (this.tickets.get(key) ?? 0) + 1;
    this.tickets.set(key, ticket);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return ticket;
  }

  private run(document: vscode.TextDocument, ticket: number): LintResult | undefined {
    const key = document.uri.toString();
    if (document.isClosed || this.tickets.get(key) !== ticket) return undefined;
    const version = document.version;
    let result: LintResult;
    try {
      result = lint(inputFor(document), { config: this.settings.configFor(document.uri), host: editorFileHost(document.uri) });
    } catch (error) {
      // A parser crash must not take the extension down; the log tells the user what to report.
      this.log.error(`Linting ${document.uri.toString(true)} failed: ${errorText(error)}`);
      this.collection.delete(document.uri);
      return undefined;
    }
    // Publish only what belongs to the current text; a newer version has its own run queued.
    if (document.isClosed || document.version !== version || this.tickets.get(key) !== ticket) return undefined;
    this.collection.set(
      document.uri,
      result.diagnostics.map((d) => toDiagnostic(d, document.uri, this.extensionUri)),
    );
    this.logFailures(document, result);
    if (result.limited) this.noticeLarge(document);
    return result;
  }

  private logFailures(document: vscode.TextDocument, result: LintResult): void {
    if (result.failures.length === 0) return;
    const key = document.uri.toString();
    let seen = this.loggedFailures.get(key);
    if (!seen || seen.version !== document.version) {
      seen = { version: document.version, rules: new Set() };
      this.loggedFailures.set(key, seen);
    }
    for (const failure of result.failures) {
      if (seen.rules.has(failure.rule)) continue;
      seen.rules.add(failure.rule);
      this.log.error(`Rule ${failure.rule} failed on ${document.uri.toString(true)} (version ${document.version}); its findings are missing. ${failure.error}`);
    }
  }

  private noticeLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.noticedLarge.has(key)) return;
    this.noticedLarge.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    this.log.info(`${name} is larger than infraCoach.maxFileSize; only syntax checks run on it.`);
    void vscode.window
      .showInformationMessage(`Infra Coach runs only syntax checks on ${name}: it is larger than infraCoach.maxFileSize.`, 'Change Limit')
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'infraCoach.maxFileSize');
      });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.tickets.delete(key);
    this.loggedFailures.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
