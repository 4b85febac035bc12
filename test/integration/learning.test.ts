/**
 * The learning layer inside a real VS Code: every Explain command produces content for every
 * example file, every concept and every rule is reachable from its quick pick (driven through the
 * commands' argument, with the pick lists checked to cover them all), the pyramid and concept
 * webviews render and report what they show, and the "Try it" snippets land in an editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint, rules } from '../../src/core/engine';
import { CONCEPT_IDS, conceptSummary } from '../../src/core/knowledge/concepts';
import { describeFile } from '../../src/core/knowledge/describeFile';
import { level } from '../../src/core/knowledge/levels';
import { conceptPickItems, rulePickItems } from '../../src/vscode/learning';
import type { Rendered } from '../../src/vscode/learningPanel';
import { insertSnippet } from '../../src/vscode/snippetInsert';
import { activateExtension, workspaceFile } from './helpers';

const EXAMPLES = ['Dockerfile', 'compose.yaml', 'deployment.yml'];

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; open tabs: ${allTabs().map((t) => t.label).join(', ') || '(none)'}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Learning layer in VS Code', function () {
  let extensionUri: vscode.Uri;

  before(async () => {
    extensionUri = (await activateExtension()).extensionUri;
  });

  after(async () => {
    for (let i = 0; i < 20 && vscode.window.activeTextEditor?.document.isDirty; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const name of EXAMPLES) {
    describe(`with examples/${name}`, () => {
      let document: vscode.TextDocument;
      before(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        document = await vscode.workspace.openTextDocument(workspaceFile(name));
        await vscode.window.showTextDocument(document);
      });

      it('Explain This File produces a Markdown narrative of the file', async () => {
        const explanation = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('infraCoach.explainFile', document.uri);
        assert.ok(explanation, `Explain This File returned nothing for ${name}`);
        assert.equal(explanation.languageId, 'markdown');
        assert.ok(explanation.getText().trim().length > 100, `a real explanation of ${name}:\n${explanation.getText()}`);
        assert.match(explanation.getText(), /^#/m, `it has headings; got:\n${explanation.getText().slice(0, 600)}`);
      });

      it('the pyramid shows the file on its level', async () => {
        await vscode.window.showTextDocument(document);
        const described = describeFile(document.getText(), document.uri.fsPath, document.languageId);
        assert.ok(described, `${name} is a file Infra Coach places on the pyramid`);
        const rendered = await vscode.commands.executeCommand<Rendered | undefined>('infraCoach.showPyramid');
        assert.ok(rendered, 'the pyramid webview rendered');
        const expected = `You are here: ${level(described.level).title}`;
        if (rendered.heading !== expected) {
          // The first render may predate the "you are here" update from the active editor.
          const again = await vscode.commands.executeCommand<Rendered | undefined>('infraCoach.showPyramid', described.level);
          assert.equal(again?.heading, expected);
        }
      });

      it('Explain Concept opens the page of the concept behind the file', async () => {
        const described = describeFile(document.getText(), document.uri.fsPath, document.languageId)!;
        const concept = level(described.level).concepts[0];
        const rendered = await vscode.commands.executeCommand<Rendered | undefined>('infraCoach.explainConcept', concept);
        assert.ok(rendered, `the concept page for ${concept} rendered`);
        assert.equal(rendered.heading, conceptSummary(concept)?.title);
      });

      it('Explain Rule opens the page of every rule the file triggers', async () => {
        const found = [...new Set(lint({ text: document.getText(), fileName: document.uri.fsPath, language: document.languageId }).diagnostics.map((d) => d.rule))];
        assert.ok(found.length > 0, `the example ${name} has findings to explain`);
        for (const rule of found) {
          await vscode.commands.executeCommand('infraCoach.explainRule', rule);
          await waitFor(`the page of ${rule}`, () => allTabs().find((t) => t.label.includes(`${rule}.md`)));
        }
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      });
    });
  }

  it('the Explain Concept quick pick lists every concept, and each page opens with its title', async () => {
    const items = conceptPickItems();
    assert.deepEqual(items.map((i) => i.concept).sort(), [...CONCEPT_IDS].sort());
    for (const item of items) {
      assert.ok(item.detail && item.detail.length > 20, `${item.concept} has a summary in the pick`);
      const rendered = await vscode.commands.executeCommand<Rendered | undefined>('infraCoach.explainConcept', item.concept);
      assert.ok(rendered, `the page of ${item.concept} rendered`);
      assert.equal(rendered.view, 'concept');
      assert.equal(rendered.id, item.concept);
      assert.equal(rendered.heading, item.label);
    }
  });

  it('the Explain Rule quick pick lists every rule, and each one has its page in the extension', async () => {
    const items = rulePickItems();
    const ids = rules().map((r) => r.id);
    assert.deepEqual(items.map((i) => i.rule).sort(), [...new Set(ids)].sort());
    const missing: string[] = [];
    for (const item of items) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${item.rule}.md`));
      } catch {
        missing.push(item.rule);
      }
    }
    assert.deepEqual(missing, [], 'rules without a shipped page');
  });

  it('the pyramid opens a level given as argument', async () => {
    const rendered = await vscode.commands.executeCommand<Rendered | undefined>('infraCoach.showPyramid', 'serverless');
    assert.equal(rendered?.id, 'serverless');
  });

  it('inserts a Kubernetes snippet into a new YAML editor, tabstops filled with their defaults', async () => {
    const editor = await insertSnippet(extensionUri, 'k8s-deployment-service', undefined);
    assert.ok(editor);
    assert.equal(editor.document.languageId, 'yaml');
    assert.match(editor.document.getText(), /kind: Deployment[\s\S]*kind: Service/);
    assert.match(editor.document.getText(), /^  name: web$/m);
    assert.doesNotMatch(editor.document.getText(), /\$\{\d/);
  });

  it('opens the walkthrough example as an unsaved Dockerfile', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('infraCoach.openExample');
    assert.ok(document);
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'dockerfile');
    assert.match(document.getText(), /^FROM /m);
  });
});
