/** The palette commands: explain this file, lint the workspace, show the log. */
import * as vscode from 'vscode';
import { explain, lint } from '../core/engine';
import { toDiagnostic } from './convert';
import { errorText, type DiagnosticsController } from './diagnostics';
import { fileNameOf, inputFor } from './documents';
import { editorFileHost } from './fileHost';
import type { Settings } from './settings';

/** Names the engine may read; YAML files are kept only when their content is Kubernetes. */
const WORKSPACE_PATTERN = '**/{Dockerfile,Dockerfile.*,Containerfile,Containerfile.*,*.dockerfile,*.Dockerfile,*.yaml,*.yml}';
const WORKSPACE_EXCLUDE = '**/{node_modules,.git}/**';
const WORKSPACE_MAX_FILES = 10_000;

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
    vscode.commands.registerCommand('infraCoach.lintWorkspace', () => lintWorkspace(context.extensionUri, settings, diagnostics, log)),
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
  const explanation = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', explanation.uri);
  } catch {
    await vscode.window.showTextDocument(explanation, { viewColumn: vscode.ViewColumn.Beside });
  }
  return explanation;
}

async function lintWorkspace(extensionUri: vscode.Uri, settings: Settings, diagnostics: DiagnosticsController, log: vscode.LogOutputChannel): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { linted: [], findings: 0, skipped: 0, cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Open a folder first: Infra Coach: Lint Workspace lints the files of the open folders.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Infra Coach: linting workspace', cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(WORKSPACE_PATTERN, WORKSPACE_EXCLUDE, WORKSPACE_MAX_FILES, token);
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const decoder = new TextDecoder('utf-8');
      const step = files.length ? 100 / files.length : 0;
      for (const uri of files) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: step });
        const document = open.get(uri.toString());
        if (document) {
          // Open documents stay with the live linter, which publishes their unsaved text.
          const result = diagnostics.lintNow(document);
          if (result?.kind) {
            summary.linted.push(vscode.workspace.asRelativePath(uri));
            summary.findings += result.diagnostics.length;
          } else summary.skipped++;
          continue;
        }
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch (error) {
          log.warn(`Cannot read ${uri.toString(true)}: ${errorText(error)}`);
          continue;
        }
        const result = lint({ text, fileName: fileNameOf(uri) }, { config: settings.configFor(uri), host: editorFileHost(uri) });
        if (!result.kind) {
          summary.skipped++;
          continue;
        }
        summary.linted.push(vscode.workspace.asRelativePath(uri));
        summary.findings += result.diagnostics.length;
        diagnostics.collection.set(
          uri,
          result.diagnostics.map((d) => toDiagnostic(d, uri, extensionUri)),
        );
        for (const failure of result.failures) log.error(`Rule ${failure.rule} failed on ${uri.toString(true)}; its findings are missing. ${failure.error}`);
      }
    },
  );
  const verdict = `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.linted.length} file${summary.linted.length === 1 ? '' : 's'}`;
  log.info(`Lint Workspace: ${verdict}${summary.cancelled ? ' (cancelled)' : ''}; ${summary.skipped} YAML file(s) were not Kubernetes manifests.`);
  void vscode.window.showInformationMessage(`Infra Coach: ${verdict}${summary.cancelled ? ' before you cancelled' : ''}.`);
  if (summary.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return summary;
}
