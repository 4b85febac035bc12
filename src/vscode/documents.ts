/** Which editor documents Infra Coach reads, and how one becomes engine input. */
import * as vscode from 'vscode';
import type { DocumentInput } from '../core/types';
import { detectKind } from '../core/fileKind';

/** Language ids whose documents may be ours; Kubernetes manifests are plain `yaml`, recognised by content. */
export const LANGUAGE_IDS = ['dockerfile', 'dockercompose', 'yaml'] as const;

/**
 * Real files and unsaved buffers only: git diffs, output panes and other read-only mirrors
 * would duplicate every finding in the Problems panel.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote'];

export const DOCUMENT_SELECTOR: vscode.DocumentSelector = LANGUAGE_IDS.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));

export function inputFor(document: vscode.TextDocument): DocumentInput {
  return { text: document.getText(), fileName: fileNameOf(document.uri), language: document.languageId };
}

export function fileNameOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/** Cheap test before any parse: is this a document the engine would read? */
export function isCandidate(document: vscode.TextDocument): boolean {
  if (!SCHEMES.includes(document.uri.scheme)) return false;
  if ((LANGUAGE_IDS as readonly string[]).includes(document.languageId)) return true;
  // A Dockerfile or Compose file opened under another language id (plaintext, a user association).
  return detectKind(fileNameOf(document.uri), '', undefined) !== undefined;
}
