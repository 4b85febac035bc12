import * as vscode from 'vscode';
import { hover } from '../core/engine';
import { toRange } from './convert';
import { inputFor } from './documents';
import { editorFileHost } from './fileHost';
import type { Settings } from './settings';

/** Shows the engine's hover; its Markdown already escapes text taken from the file. */
export class InfraCoachHover implements vscode.HoverProvider {
  constructor(private readonly settings: Settings) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const result = hover(inputFor(document), { line: position.line, character: position.character }, { config: this.settings.configFor(document.uri), host: editorFileHost(document.uri) });
    if (!result || token.isCancellationRequested) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(result.contents), toRange(result.range));
  }
}
