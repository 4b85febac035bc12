/** The learning webviews' HTML shell: strict CSP, scripts by nonce only, nothing remote, nothing inline. */
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, makeNonce, webviewHtml, type WebviewHtmlOptions } from '../../../src/vscode/webviewHtml';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function options(overrides: Partial<WebviewHtmlOptions> = {}): WebviewHtmlOptions {
  return {
    cspSource: CSP_SOURCE,
    nonce: makeNonce(),
    scriptUri: `${CSP_SOURCE}/ext/dist/webview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/learning.css`,
    title: 'Infrastructure Pyramid',
    view: 'pyramid',
    state: { view: 'pyramid' },
    ...overrides,
  };
}

function cspOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(content, 'the page declares a CSP in a meta tag');
  return new Map(
    content
      .replace(/&#39;/g, "'")
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe('webview HTML', () => {
  it('declares default-src none, scripts only by nonce, styles and images only from the extension', () => {
    const o = options();
    const csp = cspOf(webviewHtml(o));
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), [`'nonce-${o.nonce}'`]);
    assert.deepEqual(csp.get('style-src'), [CSP_SOURCE]);
    assert.deepEqual(csp.get('img-src'), [CSP_SOURCE]);
    assert.deepEqual(csp.get('font-src'), [CSP_SOURCE]);
    for (const values of csp.values()) {
      assert.ok(!values.includes("'unsafe-inline'") && !values.includes("'unsafe-eval'") && !values.includes('*') && !values.includes('https:'), `no wildcard or unsafe source in ${values.join(' ')}`);
    }
  });

  it('gives every script the nonce and a src inside the extension, and no inline code', () => {
    const o = options();
    const html = webviewHtml(o);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, new RegExp(`nonce="${o.nonce.replace(/[+/=]/g, (c) => '\\' + c)}"`));
      assert.match(attrs, /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"/);
      assert.equal(body.trim(), '', 'no inline script body');
    }
  });

  it('has no inline event handler, inline style or remote URL', () => {
    const html = webviewHtml(options());
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /\sstyle\s*=/i);
    assert.doesNotMatch(html, /<style/i);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(urls.length >= 2);
    for (const url of urls) assert.ok(url.startsWith(CSP_SOURCE + '/'), `${url} is a local webview resource`);
  });

  it('draws a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.equal(Buffer.from(n, 'base64').length, 16);
    assert.throws(() => webviewHtml(options({ nonce: 'abc' })), /nonce/);
    assert.throws(() => webviewHtml(options({ nonce: '"><script>alert(1)</script>xxxxxxxx' })), /nonce/);
  });

  it('escapes the saved state and the title it embeds', () => {
    const here = { kind: 'dockerfile' as const, fileName: '"><script>alert(1)</script>.Dockerfile', level: 'containers' as const, place: 'x', kinds: [], parts: [] };
    const html = webviewHtml(options({ title: '<b>t</b>', state: { view: 'pyramid', here } }));
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<b>t<\/b>/);
    const attr = /data-initial-state="([^"]*)"/.exec(html)?.[1];
    assert.ok(attr);
    const decoded = attr.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), { view: 'pyramid', here });
  });

  it('lists the policy directives in one place', () => {
    assert.equal(contentSecurityPolicy('X', 'N'), "default-src 'none'; img-src X; font-src X; style-src X; script-src 'nonce-N'; base-uri 'none'; form-action 'none'");
  });
});
