/** Opens a rule's page shipped inside the extension, rendered when the Markdown preview is available. */
import * as vscode from 'vscode';
import { ruleDocUri } from './convert';

export const OPEN_RULE_DOCS_COMMAND = 'infraCoach.openRuleDocs';

export async function openRuleDocs(extensionUri: vscode.Uri, ruleId: string): Promise<void> {
  const uri = ruleDocUri(extensionUri, ruleId);
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showWarningMessage(`Infra Coach has no documentation page for ${ruleId} in this build.`);
    return;
  }
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // The built-in Markdown extension can be disabled; the source is still readable.
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

export function registerRuleDocs(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, (ruleId: unknown) => {
      if (typeof ruleId === 'string' && ruleId) return openRuleDocs(context.extensionUri, ruleId);
      return vscode.commands.executeCommand('infraCoach.explainRule');
    }),
  );
}
