/**
 * Dockerfile hovers inside a real VS Code: a keyword, a `--mount` option, a variable and an image
 * reference each show the engine's explanation through `vscode.executeHoverProvider`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, hoverText, workspaceFile } from './helpers';

// Written into the throwaway workspace (a copy of examples/), so examples/ stays as users see it.
const FIXTURE = 'hover-fixture.Dockerfile';
const LINES = [
  '# syntax=docker/dockerfile:1',
  'ARG NODE_VERSION=20',
  'FROM node:${NODE_VERSION}-alpine AS build',
  'ENV APP_HOME=/srv/app',
  'WORKDIR $APP_HOME',
  'RUN --mount=type=cache,target=/root/.npm,sharing=locked npm ci',
  'FROM gcr.io/distroless/nodejs20-debian12',
  'COPY --from=build /srv/app /app',
  'CMD ["/app/server.js"]',
];

async function hoverAt(document: vscode.TextDocument, line: number, needle: string, shift = 0): Promise<{ text: string; range?: vscode.Range }> {
  const character = document.lineAt(line).text.indexOf(needle);
  assert.ok(character >= 0, `${needle} is not on line ${line + 1}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, character + shift));
  const ours = hovers.find((h) => hoverText([h]).includes('docs.docker.com'));
  return { text: hoverText(hovers), range: ours?.range };
}

function span(range: vscode.Range | undefined): [number, number, number, number] | undefined {
  return range && [range.start.line, range.start.character, range.end.line, range.end.character];
}

describe('Dockerfile hovers in VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    const uri = workspaceFile(FIXTURE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(LINES.join('\n') + '\n'));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'dockerfile', 'a *.Dockerfile opens as a Dockerfile');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile(FIXTURE));
  });

  it('explains an instruction keyword', async () => {
    const { text, range } = await hoverAt(document, 2, 'FROM', 1);
    assert.match(text, /`FROM` starts a new build stage on top of a base image/);
    assert.match(text, /docs\.docker\.com\/reference\/dockerfile\/#from/);
    assert.deepEqual(span(range), [2, 0, 2, 4]);
  });

  it('explains a --mount option', async () => {
    const { text, range } = await hoverAt(document, 5, 'sharing', 1);
    assert.match(text, /`sharing` decides what happens when several builds use the same cache at once/);
    assert.match(text, /This is a `cache` mount\./);
    assert.deepEqual(span(range), [5, 41, 5, 48]);
  });

  it('explains a variable: where it is set and its value', async () => {
    const { text, range } = await hoverAt(document, 4, '$APP_HOME', 1);
    assert.match(text, /`\$APP_HOME` is an environment variable set by `ENV` on line 4\./);
    assert.match(text, /Value in this stage: `\/srv\/app`/);
    assert.deepEqual(span(range), [4, 8, 4, 17]);
  });

  it('spells out an image reference', async () => {
    const { text } = await hoverAt(document, 2, 'node:', 1);
    assert.match(text, /\*\*Repository:\*\* `library\/node`/);
    assert.match(text, /with the ARG defaults it is `node:20-alpine`/);
    assert.match(text, /\*\*alpine\*\*/);
    const distroless = await hoverAt(document, 6, 'gcr.io', 1);
    assert.match(distroless.text, /\*\*Registry:\*\* `gcr\.io`/);
    assert.match(distroless.text, /No tag is given, so Docker uses `latest`/);
  });
});
