/**
 * Security: neither the engine (through the Node API) nor the built CLI opens a socket or resolves a
 * name. In this process the network entry points are replaced by recorders before the API is
 * loaded; the CLI runs as a child with a preload that makes any attempt fail loudly.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = ['examples/Dockerfile', 'examples/deployment.yml', 'examples/compose.yaml'];

type Patchable = Record<string, unknown>;

/** Replaces each network entry point with a recorder that throws; returns the undo. */
function denyNetwork(attempts: string[]): () => void {
  const targets: [Patchable, string, string][] = [
    [net.Socket.prototype as unknown as Patchable, 'connect', 'net.Socket.connect'],
    [net as unknown as Patchable, 'connect', 'net.connect'],
    [net as unknown as Patchable, 'createConnection', 'net.createConnection'],
    [tls as unknown as Patchable, 'connect', 'tls.connect'],
    [dgram as unknown as Patchable, 'createSocket', 'dgram.createSocket'],
    [dns as unknown as Patchable, 'lookup', 'dns.lookup'],
    [dns as unknown as Patchable, 'resolve', 'dns.resolve'],
    [dns.promises as unknown as Patchable, 'lookup', 'dns.promises.lookup'],
    [http as unknown as Patchable, 'request', 'http.request'],
    [http as unknown as Patchable, 'get', 'http.get'],
    [https as unknown as Patchable, 'request', 'https.request'],
    [https as unknown as Patchable, 'get', 'https.get'],
    [globalThis as unknown as Patchable, 'fetch', 'fetch'],
  ];
  const saved = targets.map(([object, key]) => object[key]);
  for (const [object, key, name] of targets) {
    object[key] = () => {
      attempts.push(name);
      throw new Error(`network access: ${name}`);
    };
  }
  return () => targets.forEach(([object, key], i) => (object[key] = saved[i]));
}

describe('no network access', function () {
  this.timeout(120_000);

  it('the Node API lints, hovers and explains the examples without opening a socket', () => {
    const attempts: string[] = [];
    const restore = denyNetwork(attempts);
    try {
      // Required under the recorders, so module initialisation is covered too when this file runs alone.
      const api = require('../../src/api') as typeof import('../../src/api');
      api.clearCaches();
      let findings = 0;
      let hovers = 0;
      for (const rel of EXAMPLES) {
        const text = readFileSync(join(ROOT, rel), 'utf8');
        const options = { fileName: join(ROOT, rel) };
        findings += api.lint(text, options).diagnostics.length;
        assert.ok((api.explain(text, options) ?? '').length > 0, `no explanation for ${rel}`);
        text.split('\n').forEach((line, i) => {
          if (line.trim() && api.hover(text, options, { line: i + 1, column: 1 + line.search(/\S/) })) hovers++;
        });
      }
      assert.ok(findings > 0 && hovers > 0, 'the examples should produce findings and hovers, or this test proves nothing');
      assert.ok(api.rules().length > 0);
    } finally {
      restore();
    }
    assert.deepEqual(attempts, []);
  });

  it('the recorders do catch an attempt (so the check above can fail)', () => {
    const attempts: string[] = [];
    const restore = denyNetwork(attempts);
    try {
      assert.throws(() => http.get('http://example.invalid/'));
      assert.throws(() => new net.Socket().connect(80, 'example.invalid'));
    } finally {
      restore();
    }
    assert.deepEqual(attempts, ['http.get', 'net.Socket.connect']);
  });

  const cli = join(ROOT, 'dist', 'cli.js');
  const preload = join(__dirname, 'noNetwork.preload.cjs');
  const runCli = (args: string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, ['--require', preload, cli, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('the built CLI lints, explains and hovers the examples without opening a socket', function () {
    if (!existsSync(cli)) this.skip(); // `npm test` builds dist/ first; a bare mocha run may not have it.
    const runs = [
      ['lint', ...EXAMPLES, '--format', 'json'],
      ['explain', 'examples/Dockerfile'],
      ['explain', 'examples/compose.yaml', '--at', '3:5'],
      ['explain', 'examples/deployment.yml', '--format', 'json'],
      ['rules', '--format', 'json'],
    ];
    for (const args of runs) {
      const result = runCli(args);
      assert.doesNotMatch(String(result.stderr), /NETWORK ACCESS/, `infra-coach ${args.join(' ')} tried the network`);
      assert.ok(result.status === 0 || result.status === 1, `infra-coach ${args.join(' ')} exited ${result.status}: ${String(result.stderr)}`);
      assert.ok(String(result.stdout).length > 0, `infra-coach ${args.join(' ')} printed nothing`);
    }
  });

  it('the CLI preload fails loudly when the network is touched', function () {
    if (!existsSync(cli)) this.skip();
    const result = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:https').get('https://example.invalid/')"], { encoding: 'utf8', timeout: 60_000 });
    assert.match(String(result.stderr), /NETWORK ACCESS: https\.request was called/);
    assert.notEqual(result.status, 0);
  });
});
