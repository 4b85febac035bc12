/** The palette commands: explain this file, lint the workspace, show the log. */
import * as vscode from 'vscode';
import { explain } from '../core/engine';
import type { DiagnosticsController } from './diagnostics';
import { inputFor } from './documents';
import { WORKSPACE_EXCLUDE, WORKSPACE_MAX_FILES, WORKSPACE_PATTERN } from './workspaceFiles';
import { editorFileHost } from './fileHost';
import type { Settings } from './settings';


export interface WorkspaceLintSummary {
  /** Files of a kind Infra Coach reads, as workspace-relative paths. */
  linted: string[];
  findings: number;
  /** Candidate files that turned out to be of no kind we read (plain YAML). */
  skipped: number;
  cancelled: boolean;
}

export function registerCommands(context: vscode.ExtensionContext, deps: { settings: Settings; diagnostics: DiagnosticsController; log: vscode.LogOutputChannel }): void {
  const { settings, diagnostics, log } = deps;
  context.subscriptions.push(
    vscode.commands.registerCommand('infraCoach.explainFile', (uri?: unknown) => explainFile(settings, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('infraCoach.lintWorkspace', () => lintWorkspace(diagnostics, log)),
    vscode.commands.registerCommand('infraCoach.showOutput', () => log.show()),
  );
}

async function explainFile(settings: Settings, uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a Dockerfile, a Kubernetes manifest or a Compose file, then run Infra Coach: Explain This File.');
    return undefined;
  }
  const markdown = explain(inputFor(document), { config: settings.configFor(document.uri), host: editorFileHost(document.uri) });
  if (markdown === null) {
    void vscode.window.showInformationMessage(`Infra Coach explains Dockerfiles, Kubernetes manifests and Compose files; ${vscode.workspace.asRelativePath(document.uri)} is none of these.`);
    return undefined;
  }
  const explanation = await openMarkdown(markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', explanation.uri);
  } catch {
    await vscode.window.showTextDocument(explanation, { viewColumn: vscode.ViewColumn.Beside });
  }
  return explanation;
}

let explanationCount = 0;

/**
 * A new untitled Markdown document holding `markdown`. Right after the editors are closed, VS Code may
 * hand back the just-closed `Untitled-N` model with its old text (seen in the test host: a Dockerfile's
 * explanation came back holding a manifest); a document under a name of our own is then used instead.
 */
async function openMarkdown(markdown: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  if (document.getText() === markdown) return document;
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `Infra Coach explanation ${++explanationCount}.md` });
  const fresh = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(0, 0, fresh.lineCount, 0), markdown);
  await vscode.workspace.applyEdit(edit);
  return fresh;
}

/** Files linted between two yields to the event loop, so the editor stays responsive during a big run. */
const CHUNK_MS = 30;

async function lintWorkspace(diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { linted: [], findings: 0, skipped: 0, cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder first: Infra Coach: Lint Workspace lints the files of the open folders.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Infra Coach: linting workspace', cancellable: true },
    (progress, token) =>
      diagnostics.batch(async () => {
        const files = await vscode.workspace.findFiles(WORKSPACE_PATTERN, WORKSPACE_EXCLUDE, WORKSPACE_MAX_FILES, token);
        const step = files.length ? 100 / files.length : 0;
        let chunkStart = Date.now();
        for (const [i, uri] of files.entries()) {
          if (token.isCancellationRequested) {
            summary.cancelled = true;
            break;
          }
          if (Date.now() - chunkStart > CHUNK_MS) {
            progress.report({ message: `${i} of ${files.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 0 });
            await new Promise((resolve) => setTimeout(resolve, 0));
            chunkStart = Date.now();
          }
          progress.report({ increment: step });
          // Open documents are linted from their unsaved text, the others from disk.
          const result = await diagnostics.lintFromDisk(uri);
          if (result?.kind) {
            diagnostics.workspaceFiles.add(uri.toString());
            summary.linted.push(vscode.workspace.asRelativePath(uri));
            summary.findings += result.diagnostics.length;
          } else summary.skipped++;
        }
      }),
  );
  const verdict = `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.linted.length} file${summary.linted.length === 1 ? '' : 's'}`;
  log.info(`Lint Workspace: ${verdict}${summary.cancelled ? ' (cancelled)' : ''}; ${summary.skipped} file(s) were skipped (not Kubernetes manifests, or ignored by a config file).`);
  void vscode.window.showInformationMessage(`Infra Coach: ${verdict}${summary.cancelled ? ' before you cancelled' : ''}.`);
  if (summary.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}
