/**
 * Compose inside a real VS Code: an undefined `depends_on` target is reported on that value, a key
 * hover explains the key, and a quick fix applied through the code action API changes the text.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describeDiagnostic, hoverText, waitForDiagnostics, workspaceFile } from './helpers';

// Written into the throwaway workspace copy so examples/ stays as users see it.
const FOLDER = 'compose-integration';
const FIXTURE = `${FOLDER}/compose.yaml`;
const TEXT = [
  'name: shop',
  'version: "3.8"',
  'services:',
  '  web:',
  '    image: nginx:1.27',
  '    depends_on:',
  '      - api',
  '',
].join('\n');

const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);

describe('Compose in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const uri = workspaceFile(FIXTURE);
    await vscode.workspace.fs.createDirectory(workspaceFile(FOLDER));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'dockercompose', 'compose.yaml opens as a Compose file');
  });

  after(async () => {
    for (let i = 0; i < 5 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true });
  });

  it('reports a depends_on entry that names no service, on that value', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, has('compose-undefined-service'), 'compose-undefined-service');
    const d = diagnostics.find((x) => codeOf(x) === 'compose-undefined-service');
    assert.ok(d);
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [6, 8, 6, 11], describeDiagnostic(d));
    assert.match(d.message, /api/);
  });

  it('explains a key on hover', async () => {
    const position = new vscode.Position(5, 6); // inside `depends_on`
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /depends_on/);
    assert.match(text, /service_healthy|ready|order/i, `the hover explains start order vs readiness; got:\n${text}`);
  });

  it('removes the obsolete version key through its quick fix', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, has('no-version-field'), 'no-version-field');
    const d = diagnostics.find((x) => codeOf(x) === 'no-version-field');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // Actions come back without their diagnostics through this command, so pick the fix by its title.
    const fix = actions.find((a) => a.isPreferred && a.edit && /version/.test(a.title) && !/Ignore|Reorder/.test(a.title));
    assert.ok(fix?.edit, `a preferred fix for no-version-field; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.getText(), TEXT.replace('version: "3.8"\n', ''));
  });
});
