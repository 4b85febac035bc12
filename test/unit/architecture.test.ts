/**
 * src/core must run anywhere, a browser worker included: no `vscode`, no Node built-ins.
 * File access goes through FileHost (src/core/config.ts).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

/** Import, re-export, dynamic import and require specifiers of one source file. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

export function forbidden(specifier: string): string | undefined {
  if (specifier === 'vscode' || specifier.startsWith('vscode/')) return 'the VS Code API';
  if (specifier.startsWith('node:')) return 'a Node built-in';
  if (BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0])) return 'a Node built-in';
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx|js|mjs|cjs)$/.test(e.name) ? [full] : [];
  });
}

describe('architecture', () => {
  it('finds the import forms it polices', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      "import { readFileSync } from 'fs';",
      "import type { X } from 'node:path';",
      "export { y } from 'child_process';",
      "const z = require('os');",
      "const w = await import('node:crypto');",
      "import './side-effect';",
      "// import 'http' in a comment is fine",
    ].join('\n');
    assert.deepEqual(importSpecifiers(sample).sort(), ['./side-effect', 'child_process', 'fs', 'node:crypto', 'node:path', 'os', 'vscode'].sort());
    assert.deepEqual(
      ['vscode', 'fs', 'fs/promises', 'node:path', 'child_process', 'yaml', './text', '../rule'].map((s) => forbidden(s) ?? 'ok'),
      ['the VS Code API', 'a Node built-in', 'a Node built-in', 'a Node built-in', 'a Node built-in', 'ok', 'ok', 'ok'],
    );
  });

  it('src/core imports neither vscode nor Node built-ins', () => {
    const files = sourceFiles(CORE);
    assert.ok(files.length > 5, `expected the core sources under ${CORE}`);
    const violations = files.flatMap((file) =>
      importSpecifiers(readFileSync(file, 'utf8'))
        .map((spec) => ({ spec, why: forbidden(spec) }))
        .filter((v) => v.why)
        .map((v) => `${path.relative(CORE, file)} imports '${v.spec}' (${v.why}); core must run in a browser worker, so read files through FileHost`),
    );
    assert.deepEqual(violations, []);
  });
});
