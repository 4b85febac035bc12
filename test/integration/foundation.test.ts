/**
 * The first vertical slice, inside a real VS Code: the Dockerfile in examples/ gets the FROM
 * hover, the DL4000 finding linked to its shipped page, and a quick fix that rewrites it.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hover as engineHover, explain as engineExplain } from '../../src/core/engine';
import { activateExtension, codeOf, describeDiagnostic, hoverText, openFile, waitForDiagnostics, withSetting } from './helpers';

const MAINTAINER_LINE = 'MAINTAINER Jane Doe <jane@example.com>';
const LABEL_LINE = 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"';

const hasDl4000 = (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'DL4000');

describe('Infra Coach in VS Code', () => {
  let extension: vscode.Extension<unknown>;

  before(async () => {
    extension = await activateExtension();
  });

  afterEach(async () => {
    // Leave no dirty editor behind (closing one would open a save prompt): revert, then close.
    for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers every command the manifest contributes', async () => {
    const contributed = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed.length >= 6, `expected the manifest's commands, got ${contributed.join(', ')}`);
    assert.deepEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'contributed commands without a handler',
    );
  });

  it('shows the Dockerfile hover on FROM', async () => {
    const document = await openFile('Dockerfile');
    const line = document.getText().split('\n').findIndex((l) => l.startsWith('FROM '));
    assert.ok(line >= 0, 'examples/Dockerfile has a FROM line');
    const position = new vscode.Position(line, 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    const expected = engineHover({ text: document.getText(), fileName: document.fileName, language: document.languageId }, { line, character: 1 });
    assert.ok(expected, 'the engine has a hover for FROM');
    assert.ok(text.includes(expected.contents), `the editor's hover shows the engine's FROM hover; got:\n${text}`);
    assert.match(text, /\bFROM\b/);
    assert.match(text, /image/i);
  });

  it('reports DL4000 on MAINTAINER with a link to its shipped page', async () => {
    const document = await openFile('Dockerfile');
    const diagnostics = await waitForDiagnostics(document.uri, hasDl4000, 'DL4000');
    const d = diagnostics.find((x) => codeOf(x) === 'DL4000');
    assert.ok(d);
    const line = document.getText().split('\n').indexOf(MAINTAINER_LINE);
    assert.equal(d.range.start.line, line, describeDiagnostic(d));
    assert.equal(d.source, 'Infra Coach');
    assert.ok(typeof d.code === 'object' && d.code !== null, 'code carries a target');
    const target = (d.code as { value: string | number; target: vscode.Uri }).target;
    assert.ok(target.path.endsWith('/docs/rules/DL4000.md'), `code target ${target.toString()}`);
    assert.equal(target.path, vscode.Uri.joinPath(extension.extensionUri, 'docs/rules/DL4000.md').path);
    const page = await vscode.workspace.fs.stat(target);
    assert.ok(page.size > 0, 'the linked page ships with the extension');
  });

  it('rewrites MAINTAINER to an OCI authors label with the preferred quick fix', async () => {
    const document = await openFile('Dockerfile');
    const original = document.getText();
    const diagnostics = await waitForDiagnostics(document.uri, hasDl4000, 'DL4000');
    const d = diagnostics.find((x) => codeOf(x) === 'DL4000')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore DL4000 for this instruction'), `actions: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Show documentation for DL4000'), `actions: ${titles.join(' | ')}`);
    const fix = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(fix, `a preferred fix among: ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
    assert.equal(document.getText(), original.replace(MAINTAINER_LINE, LABEL_LINE));
    await waitForDiagnostics(document.uri, (ds) => !hasDl4000(ds), 'DL4000 to go away after the fix');
  });

  it('applies every safe fix through source.fixAll.infraCoach', async () => {
    const document = await openFile('Dockerfile');
    await waitForDiagnostics(document.uri, hasDl4000, 'DL4000');
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, 'source.fixAll.infraCoach');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.infraCoach');
    assert.ok(fixAll?.edit, `a fix-all action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.ok(document.getText().includes(LABEL_LINE), document.getText());
    assert.ok(!document.getText().includes('MAINTAINER'), document.getText());
  });

  it('follows settings: a peer alias turns DL4000 off, infraCoach.enable and maxFileSize limit what runs', async () => {
    const document = await openFile('Dockerfile');
    await waitForDiagnostics(document.uri, hasDl4000, 'DL4000');
    const restoreRules = await withSetting('rules', { MaintainerDeprecated: 'off' });
    try {
      await waitForDiagnostics(document.uri, (ds) => !hasDl4000(ds), 'DL4000 to be turned off by its BuildKit alias');
    } finally {
      await restoreRules();
    }
    await waitForDiagnostics(document.uri, hasDl4000, 'DL4000 to come back');
    const restoreEnable = await withSetting('enable', { dockerfile: false, kubernetes: true, compose: true });
    try {
      await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'no diagnostics with Dockerfiles disabled');
    } finally {
      await restoreEnable();
    }
    await waitForDiagnostics(document.uri, hasDl4000, 'DL4000 to come back');
    const restoreSize = await withSetting('maxFileSize', 16);
    try {
      // Over the limit only syntax checks run, so rule findings such as DL4000 go away.
      await waitForDiagnostics(document.uri, (ds) => !hasDl4000(ds), 'rules to stop on a file over infraCoach.maxFileSize');
    } finally {
      await restoreSize();
    }
  });

  it('relints after an edit and drops findings that no longer apply', async () => {
    const document = await openFile('Dockerfile');
    await waitForDiagnostics(document.uri, hasDl4000, 'DL4000');
    const line = document.getText().split('\n').indexOf(MAINTAINER_LINE);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(line, 0, line + 1, 0));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, (ds) => !hasDl4000(ds), 'DL4000 to go once MAINTAINER is deleted');
  });

  it('explains the active file in a Markdown document', async () => {
    const document = await openFile('Dockerfile');
    const explanation = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('infraCoach.explainFile');
    assert.ok(explanation, 'Explain This File returns the explanation document');
    assert.equal(explanation.languageId, 'markdown');
    const expected = engineExplain({ text: document.getText(), fileName: document.fileName, language: document.languageId });
    assert.equal(explanation.getText(), expected);
  });

  it('lints the workspace, including files that are not open', async () => {
    const summary = await vscode.commands.executeCommand<{ linted: string[]; findings: number; cancelled: boolean }>('infraCoach.lintWorkspace');
    assert.ok(summary, 'Lint Workspace returns its summary');
    assert.equal(summary.cancelled, false);
    assert.deepEqual([...summary.linted].sort(), ['Dockerfile', 'compose.yaml', 'deployment.yml']);
    const dockerfile = vscode.workspace.workspaceFolders![0].uri;
    assert.ok(hasDl4000(vscode.languages.getDiagnostics(vscode.Uri.joinPath(dockerfile, 'Dockerfile'))), 'the closed Dockerfile got its DL4000');
  });
});
