#!/usr/bin/env node
/**
 * Runs the integration suite inside a real VS Code, offline: code-server (installed by
 * install-host.mjs) serves the workbench on 127.0.0.1, headless Chromium opens it, and the
 * development payload makes its extension host load this extension and run
 * out/test/integration/index.js. Builds nothing: `npm test` builds first.
 *
 * Environment: INFRA_COACH_TEST_GREP narrows the run, INFRA_COACH_TEST_TIMEOUT_MS bounds it.
 * On failure the server log, the browser log, VS Code's logs and a screenshot are kept under
 * test-results/.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { CHROMIUM_ARGS, freePort, killGroup, tail, waitForServer } from './codeServer.mjs';
import { CHROMIUM, ROOT, ensureHost } from './install-host.mjs';

const SUITE = path.join(ROOT, 'out/test/integration/index.js');
const TIMEOUT_MS = Number(process.env.INFRA_COACH_TEST_TIMEOUT_MS) || 15 * 60_000;

function fail(message) {
  process.stderr.write(`integration: ${message}\n`);
  process.exit(1);
}

/** Set in the extension host's environment; index.ts prefixes the suite's output with it. */
const SUITE_MARKER = '[infra-coach-suite] ';

async function main() {
  if (!existsSync(SUITE) || !existsSync(path.join(ROOT, 'dist/extension.js'))) {
    fail('the extension or the suite is not built; run `npm run build` first (npm test does).');
  }
  const host = await ensureHost();
  const { chromium } = await import('playwright-core');

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-host-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const serverLog = path.join(tmp, 'server.log');
  const browserLog = path.join(tmp, 'browser.log');
  const workbenchLog = path.join(tmp, 'workbench.log');
  // A copy, so edits and settings written by the tests never touch examples/.
  cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });

  const port = await freePort();
  const logFd = openSync(serverLog, 'a');
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), INFRA_COACH_SUITE_MARKER: SUITE_MARKER };
  const server = spawn(
    host.node,
    [
      host.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', path.join(tmp, 'extensions'),
      // Without it a built workbench ignores the development payload.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env },
  );
  closeSync(logFd);

  let browser;
  let page;
  let status = 1;
  let exitLogs = [];
  const stop = async () => {
    await browser?.close().catch(() => {});
    await killGroup(server);
  };
  const onSignal = (signal) => {
    void stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const started = Date.now();
  try {
    await waitForServer(port, server, serverLog);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => appendFileSync(browserLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => appendFileSync(browserLog, `[pageerror] ${e.stack ?? e.message}\n`));

    const finished = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code, logs) => {
        if (Array.isArray(logs)) exitLogs = logs;
        resolve(Number(code));
      });
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // The extension host forwards console calls with their format strings (mocha's '%d passing').
      const line = format(...(Array.isArray(args) ? args : [args]));
      appendFileSync(workbenchLog, `[${type}] ${line}\n`);
      // The workbench logs a lot; only the suite's own lines (marked by index.ts) go to the console.
      if (line.startsWith(SUITE_MARKER)) process.stdout.write(line.slice(SUITE_MARKER.length) + '\n');
    });

    const remote = `vscode-remote://127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `${remote}${ROOT}`],
      ['extensionTestsPath', `${remote}${SUITE}`],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
    });
    const serverDied = new Promise((resolve) => server.once('exit', () => resolve('server-exit')));
    const outcome = await Promise.race([finished, timedOut, serverDied]);
    clearTimeout(timer);
    if (outcome === 'timeout') throw new Error(`the suite did not finish within ${TIMEOUT_MS / 1000} s (set INFRA_COACH_TEST_TIMEOUT_MS to change this)`);
    if (outcome === 'server-exit') throw new Error(`code-server exited while the suite ran:\n${tail(serverLog)}`);
    status = outcome;
  } catch (error) {
    process.stderr.write(`integration: ${error.message}\n`);
    status = 1;
  } finally {
    if (status !== 0) await keepEvidence({ page, tmp, userData, logs: [serverLog, browserLog, workbenchLog], exitLogs });
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`integration: VS Code host run ${status === 0 ? 'passed' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exit(status);
}

async function keepEvidence({ page, userData, logs, exitLogs }) {
  const dir = path.join(ROOT, 'test-results', `integration-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  await page?.screenshot({ path: path.join(dir, 'screenshot.png'), timeout: 10_000 }).catch(() => {});
  for (const file of logs) if (existsSync(file)) cpSync(file, path.join(dir, path.basename(file)));
  if (existsSync(path.join(userData, 'logs'))) cpSync(path.join(userData, 'logs'), path.join(dir, 'vscode-logs'), { recursive: true });
  for (const log of exitLogs) {
    if (typeof log?.relativePath !== 'string' || typeof log?.contents !== 'string') continue;
    const target = path.join(dir, 'workbench-logs', path.normalize(log.relativePath).replace(/^(\.\.[/\\])+/, ''));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, log.contents);
  }
  process.stderr.write(`integration: logs and a screenshot are in ${path.relative(ROOT, dir)}/\n`);
}

main().catch((error) => fail(error.stack ?? error.message));
