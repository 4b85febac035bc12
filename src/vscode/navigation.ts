/** Go to definition for stage, service and selector references; the engine finds the targets. */
import * as vscode from 'vscode';
import { definitionsAt } from '../core/workspace';
import type { KubernetesFacts } from '../core/workspace/kubernetes';
import { toRange } from './convert';
import { DOCUMENT_SELECTOR, inputFor } from './documents';

export class InfraCoachDefinitions implements vscode.DefinitionProvider {
  constructor(private readonly facts: () => KubernetesFacts[]) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    return definitionsAt(inputFor(document), { line: position.line, character: position.character }, this.facts()).map(
      (d) => new vscode.Location(d.fileName ? (document.uri.scheme === 'file' ? vscode.Uri.file(d.fileName) : document.uri.with({ path: d.fileName })) : document.uri, toRange(d.range)),
    );
  }
}

export function registerNavigation(facts: () => KubernetesFacts[]): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(DOCUMENT_SELECTOR, new InfraCoachDefinitions(facts));
}
