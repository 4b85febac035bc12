/**
 * The HTML shell of the learning webviews. No vscode import, so its Content-Security-Policy is
 * unit-tested: nothing loads unless named here, scripts run only with this render's nonce, and no
 * markup carries an inline handler or a remote address.
 */
import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../webview/markdown';
import type { LearningState, LearningView } from '../webview/protocol';

export interface WebviewHtmlOptions {
  /** `webview.cspSource`: the origin of local resources loaded through asWebviewUri. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  view: LearningView;
  state: LearningState;
}

/** A fresh nonce per render, from a cryptographic source (128 bits, base64). */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `img-src ${cspSource}`, `font-src ${cspSource}`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

export function webviewHtml(o: WebviewHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(o.nonce)) throw new Error('webviewHtml: the nonce must be at least 16 base64 characters from makeNonce()');
  const attr = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>${escapeHtml(o.title)}</title>
</head>
<body data-view="${o.view}" data-initial-state="${attr(JSON.stringify(o.state))}">
<div id="app" class="app"><p class="loading">Loading\u2026</p></div>
<noscript><p>This view needs scripts, which VS Code enables for it; reopen it from the Command Palette.</p></noscript>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}
