/** Inserts one of the shipped snippets (snippets/*.code-snippets) for the learning views' "Try it" buttons. */
import * as vscode from 'vscode';
import { SNIPPET_REFS, type SnippetId } from '../core/knowledge/snippetRefs';

interface SnippetEntry {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

export async function snippetBody(extensionUri: vscode.Uri, id: SnippetId): Promise<string> {
  const ref = SNIPPET_REFS[id];
  const file = vscode.Uri.joinPath(extensionUri, 'snippets', ref.file);
  const parsed = JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file))) as Record<string, SnippetEntry>;
  const entry = parsed[ref.name];
  if (!entry) throw new Error(`snippets/${ref.file} has no snippet named "${ref.name}"; reinstall Infra Coach.`);
  return Array.isArray(entry.body) ? entry.body.join('\n') : entry.body;
}

/**
 * Into `target` when it is an empty document of the snippet's language (so a fresh file gets it),
 * otherwise into a new untitled document of that language, so nobody's file is edited by surprise.
 */
export async function insertSnippet(extensionUri: vscode.Uri, id: SnippetId, target: vscode.TextEditor | undefined): Promise<vscode.TextEditor | undefined> {
  const ref = SNIPPET_REFS[id];
  let body: string;
  try {
    body = await snippetBody(extensionUri, id);
  } catch (error) {
    void vscode.window.showErrorMessage(`Infra Coach could not read the snippet: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const reuse = target && !target.document.isClosed && target.document.languageId === ref.language && target.document.getText().trim() === '';
  const editor = reuse
    ? await vscode.window.showTextDocument(target.document, target.viewColumn)
    : await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: ref.language, content: '' }), vscode.ViewColumn.One);
  await editor.insertSnippet(new vscode.SnippetString(body));
  return editor;
}
