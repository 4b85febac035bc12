/**
 * The learning commands. Explain Rule browses the rule pages; the concept explanations and the
 * pyramid view belong to the learning layer, which is not part of this build yet.
 */
import * as vscode from 'vscode';
import { rules } from '../core/engine';
import { openRuleDocs } from './ruleDocs';

export function registerLearning(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('infraCoach.explainRule', () => explainRule(context.extensionUri)),
    vscode.commands.registerCommand('infraCoach.explainConcept', () => notYet('Explain Concept')),
    vscode.commands.registerCommand('infraCoach.showPyramid', () => notYet('Show Infrastructure Pyramid')),
  );
}

async function explainRule(extensionUri: vscode.Uri): Promise<void> {
  const items = rules()
    .map((r) => ({ label: r.id, description: r.title, detail: `${r.appliesTo === 'any' ? 'all files' : r.appliesTo} · ${r.severity}${r.fixable ? ' · fixable' : ''}${r.aliases.length ? ` · also ${r.aliases.join(', ')}` : ''} — ${r.summary}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const picked = await vscode.window.showQuickPick(items, { title: 'Infra Coach: Explain Rule', placeHolder: 'Type a rule id (DL3008) or a word from its title', matchOnDescription: true, matchOnDetail: true });
  if (picked) await openRuleDocs(extensionUri, picked.label);
}

function notYet(command: string): void {
  void vscode.window.showInformationMessage(`Infra Coach: ${command} is part of the learning layer, which this build does not include yet. Hovers and Explain This File already explain what is under the cursor.`);
}
