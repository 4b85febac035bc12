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
import { toRange } from './convert';
import { registerWatchers } from './watchers';
import { registerNavigation } from './navigation';

/** What activate() hands to other extensions and to the integration suite, which records it for the benchmark. */
export interface InfraCoachApi {
  /** Time spent inside activate(), in milliseconds (module loading excluded: VS Code does that first). */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): InfraCoachApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Infra Coach', { log: true });
  const settings = new Settings(
    (message) => log.warn(message),
    // One clear message per problem: in the log with its place, and once as a notification.
    (problem) => {
      const where = `${problem.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
      const line = `${where}: ${problem.message}`;
      if (problem.severity === 'error') {
        log.error(`Invalid configuration, defaults are used for this setting: ${line}`);
        void vscode.window.showErrorMessage(`Infra Coach: invalid configuration in ${where}: ${problem.message}`, 'Open File').then((choice) => {
          if (choice) void vscode.window.showTextDocument(vscode.Uri.file(problem.file), { selection: toRange(problem.range) });
        });
      } else log.warn(line);
    },
  );
  const diagnostics = new DiagnosticsController(context.extensionUri, settings, log);
  context.subscriptions.push(
    log,
    settings,
    diagnostics,
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new InfraCoachHover(settings)),
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new InfraCoachCodeActions(context.extensionUri, settings), InfraCoachCodeActions.metadata),
  );
  registerCommands(context, { settings, diagnostics, log });
  context.subscriptions.push(registerWatchers(settings, diagnostics), registerNavigation(() => diagnostics.kubernetesFacts()));
  registerRuleDocs(context);
  registerLearning(context);
  diagnostics.relintAll();
  const activationMs = performance.now() - started;
  log.info(`Infra Coach ${String((context.extension.packageJSON as { version?: unknown }).version ?? '')} activated in ${activationMs.toFixed(1)} ms.`);
  return { activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
