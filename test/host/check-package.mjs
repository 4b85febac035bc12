#!/usr/bin/env node
/**
 * Packages the extension with vsce (non-interactively) and fails if the .vsix would ship
 * sources, tests, the test host or dependencies (everything runtime is bundled into dist/).
 * Prints the .vsix size. `--keep` leaves infra-coach-<version>.vsix in the project root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');

/** Where relative links in README.md point on the Marketplace; the same base as the CLI's rule links. */
const CONTENT_BASE = 'https://github.com/infra-coach/infra-coach/blob/main/';
const IMAGES_BASE = 'https://github.com/infra-coach/infra-coach/raw/main/';

/** File names inside a zip archive, read from its central directory. */
export function zipEntries(buffer) {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`corrupt zip central directory at entry ${i}`);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function fail(message) {
  process.stderr.write(`package: ${message}\n`);
  process.exit(1);
}

const out = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-vsix-'));
const vsix = path.join(out, `${manifest.name}-${manifest.version}.vsix`);
const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
if (!existsSync(vsce)) fail('@vscode/vsce is not installed; run npm ci first.');

// Listed before packaging: every page present now must be inside the .vsix.
const docs = existsSync(path.join(ROOT, 'docs/rules')) ? readdirSync(path.join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`) : [];
const started = Date.now();
// No stdin and explicit flags: vsce never stops to ask (CI has no terminal).
const result = spawnSync(
  process.execPath,
  [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', CONTENT_BASE, '--baseImagesUrl', IMAGES_BASE, '--out', vsix],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, CI: 'true' } },
);
if (result.status !== 0) {
  rmSync(out, { recursive: true, force: true });
  fail(`vsce package failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
}

const files = zipEntries(readFileSync(vsix))
  .filter((name) => name.startsWith('extension/'))
  .map((name) => name.slice('extension/'.length));
const devDependencies = Object.keys(manifest.devDependencies ?? {});
const problems = [];
for (const file of files) {
  const top = file.split('/')[0];
  if (['src', 'test', '.vscode-test', 'out', 'node_modules', 'test-results', 'bench', 'scripts'].includes(top)) problems.push(`${file} (from ${top}/)`);
  else if (devDependencies.some((dep) => file.includes(`node_modules/${dep}/`))) problems.push(`${file} (a dev dependency)`);
  else if (/\.(?:ts|map)$/.test(file) && !file.endsWith('.d.ts')) problems.push(`${file} (source or source map)`);
}
// vsce stores LICENSE as LICENSE.txt and README.md as readme.md.
// The engine and the schemas sit beside the bundles and load on first use (scripts/lazyEngine.mjs, lazy-json).
const required = ['package.json', 'README.md', 'LICENSE.txt', 'dist/extension.js', 'dist/engine.js', 'dist/cli.js', 'dist/api.js', 'dist/k8s-schema.json', 'dist/compose-schema.json'];
for (const file of [...required, ...docs]) {
  if (!files.some((f) => f.toLowerCase() === file.toLowerCase())) problems.push(`${file} is missing from the package`);
}

const bytes = statSync(vsix).size;
if (keep) renameSync(vsix, path.join(ROOT, path.basename(vsix)));
rmSync(out, { recursive: true, force: true });
if (problems.length) fail(`the .vsix is wrong:\n  ${problems.join('\n  ')}\nFix .vscodeignore (it is an allowlist).`);
process.stdout.write(`package: ${path.basename(vsix)} ${(bytes / 1024).toFixed(1)} KiB, ${files.length} files (${docs.length} rule pages), built in ${((Date.now() - started) / 1000).toFixed(1)} s${keep ? ', kept in the project root' : ''}\n`);
