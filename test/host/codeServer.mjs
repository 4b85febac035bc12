/**
 * Starts the offline code-server host with this extension loaded in development mode and opens
 * its workbench in headless Chromium, for tests and scripts that drive the UI as a person would
 * (test/browser/, scripts/screenshots.mjs). The integration launcher (run-code-server.mjs) runs a
 * suite inside the extension host instead; both use the host install-host.mjs prepares.
 *
 *   const wb = await startWorkbench({ viewport: { width: 1400, height: 900 } });
 *   ... wb.page ...
 *   await wb.stop();
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ROOT, ensureHost } from './install-host.mjs';

const SERVER_READY_MS = 90_000;

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function status(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2_000, () => req.destroy());
  });
}

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Polls the server's health endpoint; fails early, with the log's tail, if the server exits. */
export async function waitForServer(port, server, logFile) {
  const deadline = Date.now() + SERVER_READY_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`code-server exited (${server.exitCode ?? server.signalCode}) before it was ready:\n${tail(logFile)}`);
    if ((await status(`http://127.0.0.1:${port}/healthz`)) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${SERVER_READY_MS / 1000} s:\n${tail(logFile)}`);
}

/** Stops a detached child and everything it started (SIGTERM, then SIGKILL after 5 s). */
export function killGroup(child) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => {
      signal('SIGKILL');
      setTimeout(resolve, 1_000);
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    function signal(sig) {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // The group is already gone.
      }
    }
    signal('SIGTERM');
  });
}

/** Chromium flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Starts code-server on a free loopback port with throwaway state, loads the extension from the
 * working tree (build it first), and opens a copy of examples/ as the workspace.
 */
export async function startWorkbench({ viewport = { width: 1400, height: 900 }, settings = {} } = {}) {
  const host = await ensureHost();
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-ui-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const serverLog = path.join(tmp, 'server.log');
  cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'editor.hover.delay': 200,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    ...settings,
  };
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));

  const port = await freePort();
  const logFd = openSync(serverLog, 'a');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
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
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env },
  );
  closeSync(logFd);

  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await killGroup(server);
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    await waitForServer(port, server, serverLog);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport });
    const origin = `http://127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`],
      ['skipWelcome', 'true'],
    ];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return { browser, page, port, origin, url, workspace, tmp, serverLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
