#!/usr/bin/env node
/**
 * Browser-level tests: starts the code-server host with the built extension (npm test builds
 * first), opens the workbench in headless Chromium and runs test/browser/*.test.mjs with mocha
 * against that one page. Screenshots go to test-results/browser/; on failure the server log and
 * a screenshot of the whole workbench are kept there too.
 *
 * Environment: INFRA_COACH_TEST_GREP narrows the run.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ROOT } from '../host/install-host.mjs';
import { startWorkbench } from '../host/codeServer.mjs';
import { openWorkbench } from './ui.mjs';

const RESULTS = path.join(ROOT, 'test-results', 'browser');

function fail(message) {
  process.stderr.write(`browser: ${message}\n`);
  process.exit(1);
}

if (!existsSync(path.join(ROOT, 'dist/extension.js')) || !existsSync(path.join(ROOT, 'dist/webview.js'))) {
  fail('the extension is not built; run `npm run build` first (npm test does).');
}
mkdirSync(RESULTS, { recursive: true });

const started = Date.now();
const wb = await startWorkbench({ viewport: { width: 1400, height: 900 } });
/** Every request the page or any of its frames makes, with the URL of the frame that made it. */
const requests = [];
wb.page.on('request', (request) => {
  let frameUrl = '';
  try {
    frameUrl = request.frame().url();
  } catch {
    // Service-worker requests have no frame.
  }
  requests.push({ url: request.url(), frameUrl });
});
const consoleLines = [];
wb.page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
globalThis.infraCoachBrowser = { ...wb, requests, consoleLines, results: RESULTS };

let failures = 1;
try {
  await openWorkbench(wb.page, wb.url);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, slow: 10_000, bail: false });
  if (process.env.INFRA_COACH_TEST_GREP) mocha.grep(process.env.INFRA_COACH_TEST_GREP);
  const dir = path.dirname(new URL(import.meta.url).pathname);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  failures = await new Promise((resolve) => mocha.run(resolve));
} catch (error) {
  process.stderr.write(`browser: ${error.stack ?? error.message}\n`);
  failures = Math.max(failures, 1);
} finally {
  if (failures) {
    await wb.page.screenshot({ path: path.join(RESULTS, 'failure.png'), timeout: 10_000 }).catch(() => {});
    if (existsSync(wb.serverLog)) copyFileSync(wb.serverLog, path.join(RESULTS, 'server.log'));
    process.stderr.write(`browser: a screenshot and the server log are in ${path.relative(ROOT, RESULTS)}/\n`);
  }
  await wb.stop();
}
process.stdout.write(`browser: ${failures ? `${failures} failed` : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(failures ? 1 : 0);
