#!/usr/bin/env node
/**
 * `npm start` (after the build): a real VS Code with this extension on examples/.
 * Desktop VS Code when `code` is on PATH; otherwise the code-server host on 127.0.0.1,
 * whose URL is printed. Ctrl+C stops the server.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { HOST_DIR, ROOT, ensureHost } from './install-host.mjs';

const EXAMPLES = path.join(ROOT, 'examples');

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return path.join(dir, command);
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort() {
  const wanted = Number(process.env.INFRA_COACH_PORT) || 8090;
  for (let port = wanted; port < wanted + 20; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${wanted}-${wanted + 19}; set INFRA_COACH_PORT`);
}

async function main() {
  const code = onPath('code');
  if (code) {
    console.log(`Opening VS Code with Infra Coach on ${path.relative(process.cwd(), EXAMPLES) || '.'}`);
    const child = spawn(code, ['--extensionDevelopmentPath', ROOT, EXAMPLES], { stdio: 'inherit' });
    child.on('exit', (status) => process.exit(status ?? 0));
    return;
  }
  const host = await ensureHost();
  const port = await choosePort();
  // Kept between runs, so the editor remembers open files and settings.
  const userData = path.join(HOST_DIR, 'start-user-data');
  mkdirSync(userData, { recursive: true });
  const server = spawn(
    host.node,
    [
      host.codeServerEntry,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userData,
      '--extensions-dir', path.join(HOST_DIR, 'start-extensions'),
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${ROOT}`]]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(EXAMPLES)}&payload=${encodeURIComponent(payload)}`;
  console.log(`Infra Coach is running in code-server (no desktop \`code\` on PATH). Open:\n\n  ${url}\n\nRun \`npm run watch\` in another terminal and reload the window to pick up changes. Ctrl+C stops the server.`);
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already stopped.
    }
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.on('exit', (status) => {
    console.error(`code-server stopped (${status}).`);
    process.exit(status ?? 1);
  });
}

main().catch((error) => {
  console.error(`start: ${error.message}`);
  process.exit(1);
});
