/**
 * Dockerfile rules inside a real VS Code: findings on exact tokens, a quick fix applied through the
 * code action API, and a hadolint pragma silencing the finding on the instruction below it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describeDiagnostic, waitForDiagnostics, workspaceFile } from './helpers';

// Written into the throwaway workspace copy so examples/ stays as users see it.
const FIXTURE = 'rules-sample.Dockerfile';
const TEXT = [
  'FROM ubuntu:24.04',
  'RUN apt-get update && apt-get install curl',
  '# hadolint ignore=DL3008',
  'RUN apt-get install -y --no-install-recommends wget',
  'WORKDIR app',
  '',
].join('\n');

type Span = [number, number, number, number];
const span = (d: vscode.Diagnostic): Span => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
const ready = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'DL3014');

describe('Dockerfile rules in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const uri = workspaceFile(FIXTURE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    for (let i = 0; i < 5 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(FIXTURE));
  });

  it('reports each finding on its offending token', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, ready, 'DL3014');
    const seen = new Map(diagnostics.map((d) => [`${codeOf(d)}@${span(d).join(',')}`, d]));
    const expected: [string, Span][] = [
      ['DL3009', [1, 4, 1, 18]], // `apt-get update` without removing the lists
      ['DL3014', [1, 22, 1, 29]], // the `apt-get` of the install lacking -y
      ['DL3015', [1, 22, 1, 29]],
      ['DL3008', [1, 38, 1, 42]], // the unpinned `curl`
      ['DL3000', [4, 8, 4, 11]], // the relative `app`
    ];
    for (const [rule, at] of expected) assert.ok(seen.has(`${rule}@${at.join(',')}`), `${rule} at ${at.join(',')}; got:\n${diagnostics.map(describeDiagnostic).join('\n')}`);
  });

  it('honours a hadolint pragma on the instruction below it', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, ready, 'DL3014');
    const onWget = diagnostics.filter((d) => codeOf(d) === 'DL3008' && d.range.start.line === 3);
    assert.deepEqual(onWget.map(describeDiagnostic), [], 'the pragma silences DL3008 for the wget line');
  });

  it('applies the add -y quick fix through the code action API', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, ready, 'DL3014');
    const d = diagnostics.find((x) => codeOf(x) === 'DL3014');
    assert.ok(d);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // Actions come back without their diagnostics through this command, so pick the fix by its title.
    const fix = actions.find((a) => a.isPreferred && a.edit && a.title === 'Add -y');
    assert.ok(fix?.edit, `a preferred DL3014 fix; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(1).text, 'RUN apt-get update && apt-get install -y curl');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((x) => codeOf(x) === 'DL3014'), 'DL3014 to clear after the fix');
  });
});
