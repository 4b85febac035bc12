/**
 * The desktop extension's two bundles (scripts/lazyEngine.mjs): extension.js stands in for every
 * core module the adapters import with a stub of lazy getters, and dist/engine.js loads on the first
 * call into the engine, not at activation. Builds both for production into a temp dir.
 * (The size budget is measured by the bench, not here.)
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { CONFIG_FILE_NAMES } from '../../../src/core/configFiles/fileNames';
import { CONFIG_SOURCES } from '../../../src/core/configResolve';

const ROOT = path.resolve(__dirname, '../../..');
const ADAPTERS = path.join(ROOT, 'src/vscode');

interface LazyEngineScript {
  EAGER_CORE: string[];
  SPLIT_ENTRY_POINTS: { in: string; out: string }[];
  lazyEngine(root: string): esbuild.Plugin;
  lazyCoreModules(root: string): Promise<Map<string, string[]>>;
}

async function lazyEngineScript(): Promise<LazyEngineScript> {
  return (await import(pathToFileURL(path.join(ROOT, 'scripts/lazyEngine.mjs')).href)) as LazyEngineScript;
}

/** Named value imports from src/core in the desktop adapters (web twins are not in this bundle), by core module key. */
function adapterImports(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const file of readdirSync(ADAPTERS).filter((f) => f.endsWith('.ts') && !f.endsWith('.web.ts'))) {
    const source = readFileSync(path.join(ADAPTERS, file), 'utf8');
    for (const m of source.matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'\.\.\/core\/([^']+)';/gm)) {
      if (m[1]) continue;
      const target = path.join(ROOT, 'src/core', m[3]);
      const key = existsSync(`${target}.ts`) ? m[3] : `${m[3]}/index`;
      const names = m[2]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type '))
        .map((s) => s.split(/\s+as\s+/)[0]);
      if (names.length) found.set(key, new Set([...(found.get(key) ?? []), ...names]));
    }
  }
  return found;
}

/**
 * Just enough of the VS Code API for activate() and one lint: anything not spelled out is a
 * callable, constructible stand-in, so the test fails on engine loading, not on a missing mock.
 */
function standIn(): unknown {
  return new Proxy(function standInFunction() {}, {
    get: (_target, key) => (key === 'then' ? undefined : key === Symbol.iterator ? [][Symbol.iterator] : key === Symbol.toPrimitive ? () => 'stand-in' : standIn()),
    apply: () => standIn(),
    construct: () => standIn() as object,
  });
}

function fakeVscode(documents: unknown[], published: Map<string, unknown[]>): unknown {
  class Diagnostic {
    constructor(
      readonly range: unknown,
      readonly message: string,
      readonly severity: unknown,
    ) {}
  }
  const overrides: Record<string, unknown> = {
    Diagnostic,
    workspace: new Proxy(
      {
        textDocuments: documents,
        isTrusted: true,
        getWorkspaceFolder: () => undefined,
        getConfiguration: () => ({ get: () => undefined, inspect: () => undefined }),
      } as Record<string | symbol, unknown>,
      { get: (target, key) => (key in target ? target[key] : standIn()) },
    ),
    languages: new Proxy({} as Record<string | symbol, unknown>, {
      get: (_target, key) =>
        key === 'createDiagnosticCollection'
          ? () => ({ set: (uri: { toString(): string }, list: unknown[]) => published.set(uri.toString(), list), delete: () => undefined, has: () => false, dispose: () => undefined })
          : standIn(),
    }),
  };
  // The bundle copies the module's own properties once (esbuild's CommonJS interop), so every name the adapters use must exist.
  const api: Record<string, unknown> = {};
  for (const file of readdirSync(ADAPTERS).filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(path.join(ADAPTERS, file), 'utf8').matchAll(/\bvscode\.([A-Za-z_]\w*)/g)) api[m[1]] = overrides[m[1]] ?? standIn();
  }
  return api;
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

/** Requires `file` with `vscode` resolved to `fake`. */
function requireWithVscode(file: string, fake: unknown): { activate(context: unknown): unknown } {
  const loader = Module as unknown as { _load: Load };
  const original = loader._load;
  loader._load = (request, parent, isMain) => (request === 'vscode' ? fake : original(request, parent, isMain));
  try {
    return require(file) as { activate(context: unknown): unknown };
  } finally {
    loader._load = original;
  }
}

describe('lazy engine bundle', function () {
  this.timeout(120_000);
  let dir: string;
  let script: LazyEngineScript;

  before(async () => {
    script = await lazyEngineScript();
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-lazy-test-'));
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: script.SPLIT_ENTRY_POINTS,
      outdir: dir,
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
      logLevel: 'silent',
      plugins: [script.lazyEngine(ROOT)],
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stubs every core value the adapters import, and the engine bundle exports each', async () => {
    const modules = await script.lazyCoreModules(ROOT);
    const eager = new Set(script.EAGER_CORE.map((f) => f.replace(/^src\/core\//, '').replace(/\.ts$/, '')));
    const engineFile = path.join(dir, 'engine.js');
    const engine = require(engineFile) as Record<string, Record<string, unknown>>;
    // The activation test needs a cold start.
    delete require.cache[engineFile];
    const imports = adapterImports();
    assert.ok(imports.get('engine')?.has('lint'), 'expected the adapters to import lint from src/core/engine');
    const missing: string[] = [];
    for (const [key, names] of imports) {
      if (eager.has(key)) continue;
      for (const name of names) {
        if (!modules.get(key)?.includes(name)) missing.push(`${key}.${name} has no stub getter`);
        else if (engine[key]?.[name] === undefined) missing.push(`${key}.${name} is not exported by engine.js`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('activates without loading engine.js, which the first lint loads', async () => {
    const document = {
      uri: { scheme: 'file', fsPath: path.join(dir, 'Dockerfile'), path: path.join(dir, 'Dockerfile'), toString: () => 'file:///lazy/Dockerfile' },
      languageId: 'dockerfile',
      version: 1,
      isClosed: false,
      getText: () => 'FROM ubuntu\nMAINTAINER someone\n',
    };
    const published = new Map<string, unknown[]>();
    const engineFile = path.join(dir, 'engine.js');
    const extension = requireWithVscode(path.join(dir, 'extension.js'), fakeVscode([document], published));
    assert.equal(require.cache[engineFile], undefined, 'loading extension.js loaded the engine');

    extension.activate({ subscriptions: [], extensionUri: standIn(), extension: { packageJSON: { version: '0.0.0' } } });
    assert.equal(require.cache[engineFile], undefined, 'activate() loaded the engine');

    // The open Dockerfile's lint runs on a timer after activation.
    for (let i = 0; i < 100 && !published.size; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.notEqual(require.cache[engineFile], undefined, 'the first lint did not load the engine');
    const messages = (published.get('file:///lazy/Dockerfile') ?? []).map((d) => (d as { message: string }).message);
    assert.ok(messages.some((m) => /MAINTAINER/.test(m)), `expected a MAINTAINER finding, got ${JSON.stringify(messages)}`);
  });

  it('watches the same config file names the engine reads', () => {
    assert.deepEqual([...CONFIG_FILE_NAMES].sort(), [...new Set(CONFIG_SOURCES.flatMap((s) => s.fileNames))].sort());
  });
});
