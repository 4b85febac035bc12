/** The learning views' stylesheet follows the editor's theme: colours come from --vscode-* variables. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const CSS = readFileSync(path.resolve(__dirname, '../../../media/learning.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('webview stylesheet', () => {
  it('takes every colour from a theme variable (a literal only as a var() fallback)', () => {
    const declarations = [...CSS.matchAll(/([a-z-]+)\s*:\s*([^;{}]+);/g)].filter(([, prop]) => /color|background|border|outline/.test(prop));
    assert.ok(declarations.length > 20);
    for (const [decl, , value] of declarations) {
      const withoutVars = value.replace(/var\([^()]*(?:\([^()]*\)[^()]*)*\)/g, 'VAR');
      assert.doesNotMatch(withoutVars, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|red|blue|green|gray|grey)\b/i, `hard-coded colour in: ${decl}`);
    }
  });

  it('loads nothing remote and has rules for high contrast and narrow panels', () => {
    assert.doesNotMatch(CSS, /@import|url\(/);
    assert.match(CSS, /body\.vscode-high-contrast\b/);
    assert.match(CSS, /body\.vscode-high-contrast-light\b/);
    assert.match(CSS, /@media \(max-width: \d+px\)/);
    assert.match(CSS, /:focus-visible/);
  });
});
