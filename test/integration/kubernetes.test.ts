/**
 * Kubernetes inside a real VS Code: a schema error (unknown field, with its suggestion) and a
 * best-practice finding (no resources) on their exact ranges, a field hover with its concept note, and
 * quick fixes applied through the code action API with the exact text they leave.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describeDiagnostic, hoverText, waitForDiagnostics, workspaceFile } from './helpers';

// Written into the throwaway workspace copy so examples/ stays as users see it.
const FOLDER = 'kubernetes-integration';
const FIXTURE = `${FOLDER}/deployment.yml`;
const TEXT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  replicas: 2',
  '  selector:',
  '    matchLabels:',
  '      app: web',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: web',
  '    spec:',
  '      containers:',
  '        - name: web # the API server',
  '          image: nginx:1.27',
  '          imagePullPolcy: IfNotPresent',
  '          ports:',
  '            - containerPort: 8080',
  '',
].join('\n');

const has = (...rules: string[]) => (ds: vscode.Diagnostic[]) => rules.every((rule) => ds.some((d) => codeOf(d) === rule));
const span = (d: vscode.Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

async function fixesAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
}

/** Applies the fix `title` offered for `rule`, then checks the fix is no longer offered there (the text is fixed). */
async function applyFix(document: vscode.TextDocument, rule: string, title: string): Promise<void> {
  const diagnostics = await waitForDiagnostics(document.uri, has(rule), rule);
  const d = diagnostics.find((x) => codeOf(x) === rule);
  assert.ok(d);
  const actions = await fixesAt(document, d.range);
  const fix = actions.find((a) => a.title === title && a.edit);
  const seen = actions.map((a) => `${a.title} [edit: ${!!a.edit}, for: ${(a.diagnostics ?? []).map(codeOf).join(',')}]`);
  assert.ok(fix?.edit, `a fix "${title}" for ${rule}; got:\n${seen.join('\n')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  const after = await fixesAt(document, d.range);
  assert.ok(!after.some((a) => a.title === title), `"${title}" is still offered after it was applied`);
}

describe('Kubernetes in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const uri = workspaceFile(FIXTURE);
    await vscode.workspace.fs.createDirectory(workspaceFile(FOLDER));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    for (let i = 0; i < 5 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true });
  });

  it('reports a misspelt field on its key, with the field it probably meant', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, has('schema-unknown-field'), 'schema-unknown-field');
    const found = diagnostics.filter((x) => codeOf(x) === 'schema-unknown-field');
    assert.equal(found.length, 1, found.map(describeDiagnostic).join('\n'));
    assert.deepEqual(span(found[0]), [17, 10, 17, 24], describeDiagnostic(found[0]));
    assert.equal(found[0].message, 'Container has no field "imagePullPolcy". Did you mean "imagePullPolicy"?');
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Error);
  });

  it('reports missing resources on the container\'s name entry', async () => {
    const diagnostics = await waitForDiagnostics(document.uri, has('unset-cpu-requirements', 'unset-memory-requirements'), 'resource findings');
    for (const rule of ['unset-cpu-requirements', 'unset-memory-requirements']) {
      const d = diagnostics.find((x) => codeOf(x) === rule);
      assert.ok(d, rule);
      assert.deepEqual(span(d), [15, 10, 15, 19], describeDiagnostic(d));
      assert.match(d.message, /^Container "web" has no (CPU request|memory limit)/);
    }
  });

  it('explains `replicas` on hover: the concept first, then the API reference', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(5, 4));
    const text = hoverText(hovers);
    assert.match(text, /How many identical Pods to keep running/, `concept note; got:\n${text}`);
    assert.ok(text.includes('`spec.replicas` · integer · optional · default `1`'), `path, type, required-ness and default; got:\n${text}`);
    assert.ok(text.indexOf('How many identical Pods') < text.indexOf('`spec.replicas`'), `concept note before the reference; got:\n${text}`);
  });

  it('renames the misspelt field through its quick fix', async () => {
    await applyFix(document, 'schema-unknown-field', 'Rename to imagePullPolicy');
    assert.equal(document.getText(), TEXT.replace('imagePullPolcy:', 'imagePullPolicy:'));
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'schema-unknown-field'), 'the schema error to clear');
  });

  it('adds a resources block at the container\'s indentation, comments kept', async () => {
    const before = document.getText();
    await applyFix(document, 'unset-memory-requirements', 'Add resources requests and limits to container "web"');
    const block = ['          resources: # placeholders: size them from observed usage', '            requests:', '              cpu: 100m', '              memory: 128Mi', '            limits:', '              memory: 128Mi', ''].join('\n');
    assert.equal(document.getText(), before + block);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ['unset-cpu-requirements', 'unset-memory-requirements'].includes(codeOf(d) ?? '')), 'the resource findings to clear');
  });
});
