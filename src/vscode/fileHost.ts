/**
 * The engine's FileHost in the desktop editor: unsaved text of open documents first, then the
 * disk. The web build swaps this module for fileHost.web.ts (scripts/build.mjs), which has no disk.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { NO_FILES, type FileHost } from '../core/config';
import type { ConfigHost } from '../core/configResolve';
import type { WorkspaceHost } from '../core/workspace';

/** Neighbour and config files are small; anything larger is not one of them. */
const MAX_NEIGHBOUR_BYTES = 1_000_000;

function readDisk(full: string): string | undefined {
  try {
    const stat = statSync(full);
    if (!stat.isFile() || stat.size > MAX_NEIGHBOUR_BYTES) return undefined;
    return readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}

/** Absolute paths read open documents first (their unsaved text), then the disk. */
function openOrDisk(full: string): string | undefined {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === full);
  return open ? open.getText() : readDisk(full);
}

export function editorFileHost(document: vscode.Uri): FileHost {
  // Virtual and untitled documents have no folder on disk to read neighbours from.
  if (document.scheme !== 'file') return NO_FILES;
  const baseDir = path.dirname(document.fsPath);
  return { readFile: (file) => openOrDisk(path.resolve(baseDir, file)) };
}

/** Where config files are looked up for `document`: upward to its workspace folder (or the disk root). */
export function editorConfigHost(document: vscode.Uri): ConfigHost | undefined {
  if (document.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document);
  return { root: folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined, readFile: (file) => openOrDisk(path.resolve(file)) };
}

/** Reads any file for cross-file checks (the Dockerfile a Compose file builds) and tells what exists (COPY sources). */
export const workspaceFileHost: WorkspaceHost = { readFile: (file) => openOrDisk(path.resolve(file)), exists: (file) => existsSync(file) };
