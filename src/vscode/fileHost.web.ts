/**
 * The engine's FileHost in vscode.dev and github.dev: no disk and no synchronous file API, so
 * neighbours and config files are read from the open documents only. Swapped in for fileHost.ts
 * by the browser build (scripts/build.mjs).
 */
import * as vscode from 'vscode';
import type { FileHost } from '../core/config';
import type { ConfigHost } from '../core/configResolve';
import { dirname, joinPath, pathKey } from '../core/paths';

function openDocument(path: string): string | undefined {
  const key = pathKey(path);
  return vscode.workspace.textDocuments.find((d) => pathKey(d.uri.path) === key)?.getText();
}

export function editorFileHost(document: vscode.Uri): FileHost {
  const folder = dirname(document.path);
  return { readFile: (file) => openDocument(joinPath(folder, file)) };
}

export function editorConfigHost(document: vscode.Uri): ConfigHost | undefined {
  if (document.scheme === 'untitled') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document);
  return { root: folder?.uri.path, readFile: openDocument };
}

export const workspaceFileHost: FileHost = { readFile: openDocument };
