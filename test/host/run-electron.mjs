#!/usr/bin/env node
/**
 * The same integration suite through @vscode/test-electron, for desktop machines with internet
 * access (it downloads VS Code into .vscode-test/). `npm run test:electron` builds first.
 * VSCODE_TEST_VERSION picks the VS Code version (default: the manifest's minimum, so the API floor is tested;
 * 'stable' for the latest).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SUITE = path.join(ROOT, 'out/test/integration/index.js');
if (!existsSync(SUITE)) {
  process.stderr.write('integration: the suite is not built; run `npm run build` first.\n');
  process.exit(1);
}
const minimum = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.vscode.replace(/^[^\d]*/, '');
const version = process.env.VSCODE_TEST_VERSION || minimum;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-electron-'));
const workspace = path.join(tmp, 'workspace');
cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
let status = 0;
try {
  await runTests({
    version,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', path.join(tmp, 'user-data')],
  });
} catch (error) {
  process.stderr.write(`integration: ${error instanceof Error ? error.message : String(error)}\n`);
  status = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
