/** Shared by integration suites: open example files, wait for diagnostics without sleeping. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'infra-coach.infra-coach';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  await extension.activate();
  return extension;
}

/** The test workspace is a throwaway copy of examples/; its first folder holds the files. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (a copy of examples/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFile(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Resolves with the URI's diagnostics once `ready` accepts them. Checks the current state
 * first, then every onDidChangeDiagnostics for the URI; fails with what was last seen.
 */
export function waitForDiagnostics(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const current = vscode.languages.getDiagnostics(uri);
    if (ready(current)) return resolve(current);
    const timer = setTimeout(() => {
      listener.dispose();
      const seen = vscode.languages.getDiagnostics(uri).map(describeDiagnostic);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; diagnostics were:\n${seen.join('\n') || '(none)'}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!ready(diagnostics)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
    });
  });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

export function describeDiagnostic(d: vscode.Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d) ?? '?'} ${d.message}`;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Sets an infraCoach setting for the workspace and returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Thenable<void>> {
  const settings = vscode.workspace.getConfiguration('infraCoach');
  const before = settings.inspect(key)?.workspaceValue;
  await settings.update(key, value, vscode.ConfigurationTarget.Workspace);
  return () => vscode.workspace.getConfiguration('infraCoach').update(key, before, vscode.ConfigurationTarget.Workspace);
}
