/**
 * Lint Workspace, cross-file checks, re-linting on changes on disk, and go to definition, in the
 * real VS Code host over a copy of test/fixtures/workspace-crossfile (placed in the test workspace
 * as `crossfile/` and removed afterwards).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, describeDiagnostic, waitForDiagnostics, workspaceFile } from './helpers';

/** The bundle runs from out/test/integration; the fixture is in the repository. */
const FIXTURE = vscode.Uri.file(path.resolve(__dirname, '../../../test/fixtures/workspace-crossfile'));
const FOLDER = 'crossfile';

const file = (rel: string) => workspaceFile(`${FOLDER}/${rel}`);
const rules = (uri: vscode.Uri, rule: string) => vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === rule);

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

describe('Lint Workspace with cross-file checks', function () {
  this.timeout(120_000);

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.copy(FIXTURE, workspaceFile(FOLDER), { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true, useTrash: false });
  });

  it('lints every infrastructure file into the Problems panel with the cross-file findings', async () => {
    const summary = await vscode.commands.executeCommand<{ linted: string[]; cancelled: boolean }>('infraCoach.lintWorkspace');
    assert.ok(summary && !summary.cancelled);
    for (const rel of ['compose.yaml', 'app/Dockerfile', 'k8s/service-web.yaml', 'k8s/service-api.yaml', 'k8s/deployment-web.yaml', 'k8s/deployment-api.yaml', 'k8s/ingress.yaml', 'k8s/worker.yaml', 'k8s/pdb-web.yaml']) {
      assert.ok(summary.linted.includes(`${FOLDER}/${rel}`), `${rel} among ${summary.linted.join(', ')}`);
    }
    assert.ok(!summary.linted.some((p) => p.endsWith('.infra-coach.yaml')), 'config files are not linted as manifests');

    // The web Service's Deployment is in a sibling file: not dangling.
    assert.deepEqual(rules(file('k8s/service-web.yaml'), 'dangling-service').map(describeDiagnostic), []);
    // The api Service's selector has a typo: dangling, with the Deployment in another file as related information.
    const [api] = rules(file('k8s/service-api.yaml'), 'dangling-service');
    assert.ok(api, vscode.languages.getDiagnostics(file('k8s/service-api.yaml')).map(describeDiagnostic).join('\n'));
    assert.equal(api.relatedInformation?.[0].location.uri.toString(), file('k8s/deployment-api.yaml').toString());
    assert.equal(api.relatedInformation?.[0].location.range.start.line, 1);

    const ingress = rules(file('k8s/ingress.yaml'), 'dangling-ingress');
    assert.deepEqual(ingress.map((d) => d.range.start.line), [20], 'only the backend no file defines (frontend), on by the fixture\'s .infra-coach.yaml');

    // The ServiceAccount typo and the budget that blocks eviction, each pointing into a sibling file.
    const [account] = rules(file('k8s/worker.yaml'), 'non-existent-service-account');
    assert.ok(account, vscode.languages.getDiagnostics(file('k8s/worker.yaml')).map(describeDiagnostic).join('\n'));
    assert.equal(account.relatedInformation?.[0].location.uri.toString(), file('k8s/serviceaccounts.yaml').toString());
    const [budget] = rules(file('k8s/pdb-web.yaml'), 'pdb-min-available');
    assert.ok(budget, vscode.languages.getDiagnostics(file('k8s/pdb-web.yaml')).map(describeDiagnostic).join('\n'));
    assert.equal(budget.relatedInformation?.[0].location.uri.toString(), file('k8s/deployment-web.yaml').toString());
    assert.equal(budget.relatedInformation?.[0].location.range.start.line, 5);

    const [target] = rules(file('compose.yaml'), 'compose-build-target');
    assert.ok(target, 'the Compose build target that is no stage of app/Dockerfile');
    assert.equal(target.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(target.relatedInformation?.[0].location.uri.toString(), file('app/Dockerfile').toString());
  });

  it('re-lints when a file it depends on changes on disk', async () => {
    const deployment = file('k8s/deployment-api.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(deployment));
    // Now the Deployment carries the label the Service selects: the Service is no longer dangling.
    await write(deployment, text.replace(/app: api$/gm, 'app: apii'));
    await waitForDiagnostics(file('k8s/service-api.yaml'), (d) => !d.some((x) => codeOf(x) === 'dangling-service'), 'the dangling-service finding to go');
    await write(deployment, text);
    await waitForDiagnostics(file('k8s/service-api.yaml'), (d) => d.some((x) => codeOf(x) === 'dangling-service'), 'the dangling-service finding to come back');
  });

  it('re-lints when a config file changes on disk', async () => {
    const config = file('.infra-coach.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(config));
    await write(config, before + '  compose-build-target: off\n');
    await waitForDiagnostics(file('compose.yaml'), (d) => !d.some((x) => codeOf(x) === 'compose-build-target'), 'compose-build-target to be turned off');
    await write(config, before);
    await waitForDiagnostics(file('compose.yaml'), (d) => d.some((x) => codeOf(x) === 'compose-build-target'), 'compose-build-target to be back');
  });

  it('keeps the cross-file view for an open document', async () => {
    const uri = file('k8s/service-web.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const editor = vscode.window.activeTextEditor!;
    // Break the selector in the editor (unsaved): the open text is what counts.
    await editor.edit((e) => e.replace(new vscode.Range(6, 9, 6, 12), 'wbe'));
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'dangling-service'), 'dangling-service on the edited Service');
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'dangling-service'), 'no dangling-service after undo');
  });

  it('goes to definition from COPY --from, depends_on and a Service selector', async () => {
    const dockerfile = file('app/Dockerfile');
    await vscode.workspace.openTextDocument(dockerfile);
    const stage = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', dockerfile, new vscode.Position(6, 14));
    assert.ok(stage.some((l) => l.uri.toString() === dockerfile.toString() && l.range.start.line === 0), JSON.stringify(stage));

    const compose = file('compose.yaml');
    await vscode.workspace.openTextDocument(compose);
    const service = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', compose, new vscode.Position(6, 10));
    assert.ok(service.some((l) => l.range.start.line === 7), JSON.stringify(service));

    const svc = file('k8s/service-web.yaml');
    await vscode.workspace.openTextDocument(svc);
    const pods = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', svc, new vscode.Position(6, 6));
    assert.ok(pods.some((l) => l.uri.toString() === file('k8s/deployment-web.yaml').toString()), JSON.stringify(pods));
  });
});
