/**
 * Reliability under a real editor's event storm: many quick edits, a document closed while its lint
 * is pending, and fast switching between files. What the Problems panel shows at the end must be
 * exactly the engine's lint of the final text (nothing stale, nothing left for a closed document),
 * and no promise may be rejected unhandled along the way.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lint } from '../../src/core/engine';
import type { FileHost } from '../../src/core/config';
import { activateExtension, codeOf, waitForDiagnostics, withSetting, workspaceFile } from './helpers';

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

const FOLDER = 'reliability-probe';

const FILES: Record<string, string> = {
  'rapid/Dockerfile': 'FROM alpine:3.19\nRUN apk add --no-cache curl\nUSER nobody\n',
  'closing/Dockerfile': 'FROM alpine:3.19\nMAINTAINER someone\nRUN apk add curl\n',
  'switching/Dockerfile': 'FROM alpine:3.19\nMAINTAINER someone\nRUN apk add curl\nUSER nobody\n',
  'switching/compose.yaml': 'services:\n  web:\n    image: nginx:latest\n',
  'switching/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: reliability-probe',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: reliability-probe',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: reliability-probe',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: nginx:latest',
    '',
  ].join('\n'),
};

/** Line pairs each switching file alternates between on every visit (line index, two texts). */
const TOGGLES: Record<string, [number, string, string]> = {
  'switching/Dockerfile': [1, 'MAINTAINER someone', 'LABEL org.opencontainers.image.authors="someone"'],
  'switching/compose.yaml': [2, '    image: nginx:latest', '    image: nginx:1.27'],
  'switching/deployment.yaml': [15, '          image: nginx:latest', '          image: nginx:1.27'],
};

function probeUri(name: string): vscode.Uri {
  return workspaceFile(`${FOLDER}/${name}`);
}

/** The engine's view of a file's neighbours, as the editor's host gives it: the disk beside the file. */
function diskHost(uri: vscode.Uri): FileHost | undefined {
  if (uri.scheme !== 'file') return undefined;
  const dir = path.dirname(uri.fsPath);
  return {
    readFile: (file) => {
      try {
        return readFileSync(path.resolve(dir, file), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

function findingText(range: { start: { line: number; character: number }; end: { line: number; character: number } }, severity: string, rule: string | undefined, message: string): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1} ${severity} ${rule ?? '?'} ${message}`;
}

function shown(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => findingText(d.range, SEVERITY_NAMES[d.severity], codeOf(d), d.message)).sort();
}

/** What the engine reports for the document's current text: the only correct final state. */
function expected(document: vscode.TextDocument): string[] {
  const fileName = document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.path;
  const host = diskHost(document.uri);
  const result = lint({ text: document.getText(), fileName, language: document.languageId }, host ? { host } : {});
  return result.diagnostics.map((d) => findingText(d.range, d.severity, d.rule, d.message)).sort();
}

/** What the engine reports for the file's saved text, as Lint Workspace shows a file that is not open. */
async function savedFindings(uri: vscode.Uri): Promise<string[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const host = diskHost(uri);
  const result = lint({ text, fileName: uri.fsPath, language: 'dockerfile' }, host ? { host } : {});
  return result.diagnostics.map((d) => findingText(d.range, d.severity, d.rule, d.message)).sort();
}

function sameFindings(document: vscode.TextDocument): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => JSON.stringify(shown(ds)) === JSON.stringify(expected(document));
}

/** Opens a file in an editor the way a person does (no extension-held reference keeps it alive after its tab closes). */
async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const isIt = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.uri.toString() === uri.toString();
  let listener: vscode.Disposable | undefined;
  // The editor may become active in the extension host just after the command returns.
  const active = new Promise<vscode.TextEditor>((resolve) => {
    listener = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (isIt(e)) resolve(e);
    });
  });
  try {
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = vscode.window.activeTextEditor;
    return isIt(editor) ? editor : await active;
  } finally {
    listener?.dispose();
  }
}

async function replaceLine(document: vscode.TextDocument, line: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, document.lineAt(line).range, text);
  assert.ok(await vscode.workspace.applyEdit(edit), `edit of line ${line + 1} of ${document.uri.path} applies`);
}

/**
 * Resolves once every lint scheduled before it has run: an edit to a fresh buffer is linted after
 * the same debounce, and timers with the same delay fire in the order they were set.
 */
async function barrier(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.19\n' });
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(1, 0), 'MAINTAINER barrier\n');
  assert.ok(await vscode.workspace.applyEdit(edit), 'the barrier edit applies');
  await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'DL4000'), "the barrier buffer's DL4000 after its edit");
}

describe('Reliability in VS Code: rapid edits, closing, switching', () => {
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    rejections.push(reason);
  };

  before(async () => {
    process.on('unhandledRejection', onRejection);
    await activateExtension();
    for (const [name, text] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(probeUri(name), new TextEncoder().encode(text));
  });

  afterEach(async () => {
    for (let i = 0; i < 20 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    process.off('unhandledRejection', onRejection);
    // Other suites lint the whole workspace; leave it as examples/ was.
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true, useTrash: false });
  });

  function assertNoRejection(): void {
    assert.deepEqual(rejections.map((r) => (r instanceof Error ? r.stack ?? r.message : String(r))), [], 'no unhandled promise rejection');
  }

  for (const debounceMs of [undefined, 0]) {
    const how = debounceMs === undefined ? 'with the default debounce' : 'with no debounce, so lints race the edits';
    it(`shows exactly the final text's findings after 31 quick edits (${how})`, async () => {
      const restore = debounceMs === undefined ? undefined : await withSetting('debounceMs', debounceMs);
      try {
        const editor = await openInEditor(probeUri('rapid/Dockerfile'));
        const document = editor.document;
        await waitForDiagnostics(document.uri, sameFindings(document), 'the first lint');
        // Toggle a MAINTAINER line in and out, then type a RUN line one keystroke at a time.
        for (let i = 0; i < 15; i++) await replaceLine(document, 1, i % 2 === 0 ? 'MAINTAINER someone' : 'RUN apk add --no-cache curl');
        const typed = 'RUN apt-get ins';
        const line = document.lineCount - 1;
        for (let i = 0; i < typed.length + 1; i++) {
          assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line, i), i < typed.length ? typed[i] : 't')), 'keystroke applies');
        }
        assert.equal(document.lineAt(1).text, 'MAINTAINER someone');
        const final = expected(document);
        assert.ok(final.some((d) => d.includes(' DL4000 ')), `the final text has the MAINTAINER finding: ${final.join('\n')}`);
        await waitForDiagnostics(document.uri, sameFindings(document), "the final text's findings");
        await barrier();
        assert.deepEqual(shown(vscode.languages.getDiagnostics(document.uri)), expected(document), 'no stale result replaced the final one');
        assertNoRejection();
      } finally {
        await restore?.();
      }
    });
  }

  it('removes the findings of a file closed right after an edit, while its lint is pending', async () => {
    const uri = probeUri('closing/Dockerfile');
    const editor = await openInEditor(uri);
    const document = editor.document;
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'DL4000'), 'DL4000 on the file to close');
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() !== uri.toString()) return;
        listener.dispose();
        resolve();
      });
    });
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(document.lineCount - 1, 0), 'RUN apt-get install x\n')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    // Once Lint Workspace has run (an earlier suite does), files on disk stay in the Problems panel
    // with the findings of their saved text; otherwise a closed file shows none. Either way the
    // unsaved edit's findings (the apt-get line) must never show up after the close.
    const onDisk = await savedFindings(uri);
    const settled = (ds: readonly vscode.Diagnostic[]) => ds.length === 0 || JSON.stringify(shown(ds)) === JSON.stringify(onDisk);
    await waitForDiagnostics(uri, settled, 'the closed file to show no findings, or those of its saved text');
    await barrier();
    assert.ok(settled(vscode.languages.getDiagnostics(uri)), `a lint scheduled before the close published nothing; shown:\n${shown(vscode.languages.getDiagnostics(uri)).join('\n')}`);
    assert.ok(!shown(vscode.languages.getDiagnostics(uri)).some((f) => f.includes('apt-get')), 'no finding of the discarded edit');
    assertNoRejection();
  });

  it('removes the findings of an unsaved buffer discarded right after an edit', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: 'FROM alpine:3.19\nMAINTAINER a discarded buffer\n' });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'DL4000'), 'DL4000 on the unsaved buffer');
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d !== document) return;
        listener.dispose();
        resolve();
      });
    });
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'RUN apk add curl\n')));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'the discarded buffer to have no findings');
    await barrier();
    // VS Code hands a freed untitled name to the next new buffer (the barrier's): what the URI shows
    // must then be that buffer's findings, never the discarded one's.
    const reused = vscode.workspace.textDocuments.find((d) => d !== document && !d.isClosed && d.uri.toString() === document.uri.toString());
    assert.deepEqual(shown(vscode.languages.getDiagnostics(document.uri)), reused ? expected(reused) : [], 'a lint scheduled before the discard published nothing');
    assertNoRejection();
  });

  it('keeps each file right while switching between a Dockerfile, a Compose file and a manifest', async () => {
    const names = Object.keys(TOGGLES);
    const documents = new Map<string, vscode.TextDocument>();
    for (let round = 0; round < 7; round++) {
      for (const name of names) {
        const editor = await openInEditor(probeUri(name));
        documents.set(name, editor.document);
        const [line, first, second] = TOGGLES[name];
        await replaceLine(editor.document, line, round % 2 === 0 ? second : first);
      }
    }
    await barrier();
    for (const [name, document] of documents) {
      const [line, , second] = TOGGLES[name];
      assert.equal(document.lineAt(line).text, second, `${name} ends on its second variant`);
      const final = expected(document);
      assert.ok(final.length > 0, `${name} has findings to compare`);
      await waitForDiagnostics(document.uri, sameFindings(document), `${name}'s final findings`);
      assert.deepEqual(shown(vscode.languages.getDiagnostics(document.uri)), final, name);
    }
    assertNoRejection();
  });

  it('saw no unhandled promise rejection in the whole run', async () => {
    await barrier();
    assertNoRejection();
  });
});
