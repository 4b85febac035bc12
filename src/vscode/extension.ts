/**
 * Entry point. Activation only wires adapters; the first lint runs on a timer after it, so
 * opening a Dockerfile never waits on the engine.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { InfraCoachCodeActions } from './codeActions';
import { DiagnosticsController } from './diagnostics';
import { DOCUMENT_SELECTOR } from './documents';
import { InfraCoachHover } from './hover';
import { registerLearning } from './learning';
import { registerRuleDocs } from './ruleDocs';
import { Settings } from './settings';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Infra Coach', { log: true });
  const settings = new Settings((message) => log.warn(message));
  const diagnostics = new DiagnosticsController(context.extensionUri, settings, log);
  context.subscriptions.push(
    log,
    settings,
    diagnostics,
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new InfraCoachHover(settings)),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new InfraCoachCodeActions(context.extensionUri, settings), InfraCoachCodeActions.metadata),
  );
  registerCommands(context, { settings, diagnostics, log });
  registerRuleDocs(context);
  registerLearning(context);
  diagnostics.relintAll();
  log.info(`Infra Coach ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')} activated.`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
