/** The engine's FileHost in the editor: unsaved text of open documents first, then the disk. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { NO_FILES, type FileHost } from '../core/config';
import { nodeFileHost } from '../cli/fileHost';

export function editorFileHost(document: vscode.Uri): FileHost {
  // Virtual and untitled documents have no folder on disk to read neighbours from.
  if (document.scheme !== 'file') return NO_FILES;
  const baseDir = path.dirname(document.fsPath);
  const disk = nodeFileHost(baseDir);
  return {
    readFile(file: string): string | undefined {
      const full = path.resolve(baseDir, file);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === full);
      return open ? open.getText() : disk.readFile(full);
    },
  };
}
