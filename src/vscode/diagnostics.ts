/**
 * Keeps the Problems panel in step with open documents (and the files Lint Workspace read): a
 * debounced lint per document, results published only for the document version they were computed
 * from, and cross-file findings from one index of every linted file, republished when any changes.
 */
import * as vscode from 'vscode';
import { lint, type LintResult } from '../core/engine';
import type { DocumentInput, LintDiagnostic } from '../core/types';
import { WorkspaceIndex, withDelta, type FileDelta } from '../core/workspace';
import { toDiagnostic } from './convert';
import { fileNameOf, inputFor, isCandidate } from './documents';
import { editorFileHost, workspaceFileHost } from './fileHost';
import type { Settings } from './settings';

/** A file's own findings, before cross-file changes, kept to republish when another file changes. */
interface Published {
  uri: vscode.Uri;
  fileName: string;
  diagnostics: LintDiagnostic[];
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('infraCoach');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped on every schedule; a run whose ticket is no longer the latest is dropped. */
  private readonly tickets = new Map<string, number>();
  /** Rule failures already logged, per document, for its latest linted version only. */
  private readonly loggedFailures = new Map<string, { version: number; rules: Set<string> }>();
  private readonly noticedLarge = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private indexOnFirstUse: WorkspaceIndex | undefined;
  private readonly published = new Map<string, Published>();
  /** Files Lint Workspace brought in: kept (and re-read from disk) when their editor closes. */
  readonly workspaceFiles = new Set<string>();
  private deltas = new Map<string, FileDelta>();
  /** While Lint Workspace runs, cross-file findings are computed once at the end, not per file. */
  private batching = false;

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
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.workspaceFiles.has(d.uri.toString())) void this.lintFromDisk(d.uri);
        else this.forget(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('infraCoach')) void this.relintEverything();
      }),
      // Settings drop their Restricted Mode limits on the same event; these lints run after that.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.relintEverything()),
    );
  }

  /** Made on first use: the index is part of the engine, which activation does not load (scripts/lazyEngine.mjs). */
  private get index(): WorkspaceIndex {
    return (this.indexOnFirstUse ??= new WorkspaceIndex());
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
    const input = inputFor(document);
    const result = this.lintInput(document.uri, input);
    if (!result) return undefined;
    // Publish only what belongs to the current text; a newer version has its own run queued.
    if (document.isClosed || document.version !== version || this.tickets.get(key) !== ticket) return undefined;
    this.publish(document.uri, input, result);
    this.logFailures(document, result);
    if (result.limited) this.noticeLarge(document);
    return result;
  }

  /**
   * Lints one text with its resolved configuration; undefined (and nothing shown) when a config
   * file's `ignore` covers it or the engine crashed. `keepParse` is for open documents, whose
   * hovers and code actions reuse the parse; a file read from disk keeps none.
   */
  lintInput(uri: vscode.Uri, input: DocumentInput, keepParse = true): LintResult | undefined {
    try {
      const resolved = this.settings.resolve(uri);
      if (resolved.ignoredBy) {
        this.forget(uri);
        return undefined;
      }
      return lint(input, { config: resolved.config, host: editorFileHost(uri), keepParse });
    } catch (error) {
      // A parser crash must not take the extension down; the log tells the user what to report.
      this.log.error(`Linting ${uri.toString(true)} failed: ${errorText(error)}`);
      this.collection.delete(uri);
      return undefined;
    }
  }

  /** Shows a file's findings with the cross-file changes, and refreshes the other files' cross-file findings. */
  publish(uri: vscode.Uri, input: DocumentInput, result: LintResult): void {
    const key = uri.toString();
    if (!result.kind) {
      this.index.remove(input.fileName);
      this.published.delete(key);
      this.collection.delete(uri);
      return;
    }
    const failure = this.index.update(input);
    if (failure) this.log.error(`Cross-file checks could not read ${uri.toString(true)}; its cross-file findings are missing. ${failure}`);
    const entry = { uri, fileName: input.fileName, diagnostics: result.diagnostics };
    this.published.set(key, entry);
    if (this.batching) return;
    this.refreshCrossFile(key);
    // This file's own findings changed whatever its cross-file delta did.
    this.show(entry);
  }

  /** Recomputes cross-file findings over the whole index and republishes every file whose findings changed. */
  refreshCrossFile(skip?: string): void {
    const before = this.deltas;
    try {
      this.deltas = this.index.diagnose((fileName) => this.configForFile(fileName), workspaceFileHost);
    } catch (error) {
      this.log.error(`Cross-file checks failed: ${errorText(error)}`);
      this.deltas = new Map();
    }
    for (const [key, entry] of this.published) {
      if (key === skip) continue;
      const old = before.get(entry.fileName);
      const now = this.deltas.get(entry.fileName);
      if (!this.collection.has(entry.uri) || JSON.stringify(old) !== JSON.stringify(now)) this.show(entry);
    }
  }

  /** Kubernetes objects of every linted file, for go to definition across files. */
  kubernetesFacts() {
    return this.index.kubernetesFacts();
  }

  /** Runs `work` (many publishes) and computes cross-file findings once at the end. */
  async batch<T>(work: () => Promise<T>): Promise<T> {
    this.batching = true;
    try {
      return await work();
    } finally {
      this.batching = false;
      this.refreshCrossFile();
    }
  }

  private show(entry: Published): void {
    const diagnostics = withDelta(entry.diagnostics, this.deltas.get(entry.fileName));
    this.collection.set(
      entry.uri,
      diagnostics.map((d) => toDiagnostic(d, entry.uri, this.extensionUri)),
    );
  }

  private configForFile(fileName: string) {
    const entry = [...this.published.values()].find((p) => p.fileName === fileName);
    return this.settings.configFor(entry ? entry.uri : vscode.Uri.file(fileName));
  }

  /** Re-lints a file that is not open (Lint Workspace's files, after a change on disk). */
  async lintFromDisk(uri: vscode.Uri): Promise<LintResult | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open) return this.lintNow(open);
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // Deleted or unreadable: its findings no longer apply.
      this.workspaceFiles.delete(uri.toString());
      this.forget(uri);
      return undefined;
    }
    const input = { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, fileName: fileNameOf(uri) };
    const result = this.lintInput(uri, input, false);
    if (result) {
      this.publish(uri, input, result);
      for (const failure of result.failures) this.log.error(`Rule ${failure.rule} failed on ${uri.toString(true)}; its findings are missing. ${failure.error}`);
    }
    return result;
  }

  /** Every file the Problems panel shows: open documents and Lint Workspace's files, linted again. */
  async relintEverything(): Promise<void> {
    this.relintAll();
    await this.batch(async () => {
      for (const key of [...this.workspaceFiles]) await this.lintFromDisk(vscode.Uri.parse(key));
    });
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

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.published.get(key);
    this.published.delete(key);
    // Closing any document lands here; an index not made yet holds nothing, and the engine stays unloaded.
    this.indexOnFirstUse?.remove(entry?.fileName ?? fileNameOf(uri));
    if (entry && !this.batching) this.refreshCrossFile();
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
