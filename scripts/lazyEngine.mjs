/**
 * The desktop extension in two bundles (issue 9: activate() loads no heavy module): dist/extension.js
 * holds the adapters (src/vscode) and dist/engine.js the engine (src/core and `yaml`), which Node
 * loads on the first call into it, usually the first lint, a timer tick after activation.
 *
 * The adapters keep importing from ../core as everywhere else. In this build each such import
 * resolves to a generated stub module with one own getter per export of the real module; esbuild's
 * CommonJS interop reads named imports through those getters at each use, and the first read
 * requires ./engine.js. The engine bundle's entry re-exports each of these core modules as one
 * namespace, so the stubs stay one property read away from the real binding, which also keeps one
 * copy of every module-level cache (the parse cache, config caches) in the engine.
 *
 * A few core modules are small, stateless and needed during activate() itself; they are bundled
 * into extension.js as usual (a second copy in the engine is harmless). Anything else from src/core
 * reaching extension.js fails the build.
 *
 * Measured (production, Node 20, busy 2-core machine, minimum of 7 requires): extension.js 33 KB
 * loads in 26 ms where the single 615 KB bundle took 172 ms; engine.js (600 KB) takes ~150 ms on
 * first use. One engine, not one per language: resolving any file's configuration and the cross-file
 * checks read every language's rules, so a lint of any kind needs them all.
 */
import * as esbuild from 'esbuild';
import os from 'node:os';
import path from 'node:path';

/** Core modules activate() runs (detecting a document's kind, the config watcher's glob). */
export const EAGER_CORE = ['src/core/fileKind.ts', 'src/core/configFiles/fileNames.ts'];

/** The bundle's file name next to extension.js, and the virtual modules that stand for it. */
const ENGINE_FILE = 'engine.js';
const ENTRY = 'infra-coach:engine';
const LOADER = 'infra-coach:engine-loader';
const STUB_NS = 'infra-coach-core-stub';

const isCore = (root, file) => file.startsWith(path.join(root, 'src', 'core') + path.sep);
/** A core module's name in the engine's exports: its path under src/core, without extension. */
const keyOf = (root, file) => path.relative(path.join(root, 'src', 'core'), file).replace(/\\/g, '/').replace(/\.ts$/, '');

/**
 * The core modules the adapters import values from, each with its export names. Type-only imports
 * are gone before esbuild resolves anything, so they load nothing and need no stub.
 */
export async function lazyCoreModules(root, entry = 'src/vscode/extension.ts') {
  const eager = new Set(EAGER_CORE.map((f) => path.join(root, f)));
  const imported = new Set();
  const stopAtCore = {
    name: 'stop-at-core',
    setup(build) {
      build.onResolve({ filter: /[\\/]core(?:[\\/]|$)/ }, async (args) => {
        if (args.pluginData === 'inner' || isCore(root, args.importer)) return undefined;
        const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'inner' });
        if (resolved.errors.length || !isCore(root, resolved.path)) return undefined;
        if (!eager.has(resolved.path)) imported.add(resolved.path);
        return { path: resolved.path, external: true };
      });
    },
  };
  // Nothing is written (write: false); esbuild only wants an output folder to name outputs by.
  const scratch = path.join(os.tmpdir(), 'infra-coach-lazy-scan');
  await esbuild.build({ absWorkingDir: root, entryPoints: [entry], bundle: true, write: false, outdir: scratch, platform: 'node', format: 'esm', external: ['vscode'], logLevel: 'silent', plugins: [stopAtCore] });
  if (imported.size === 0) return new Map();
  // ESM entries list their export names in the metafile; JSON stays out since no name comes from it.
  const { metafile } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [...imported],
    bundle: true,
    splitting: true,
    write: false,
    metafile: true,
    outdir: scratch,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    plugins: [{ name: 'json-out', setup: (b) => b.onResolve({ filter: /\.json$/ }, (a) => ({ path: a.path, external: true })) }],
  });
  const modules = new Map();
  for (const output of Object.values(metafile.outputs)) {
    if (output.entryPoint) modules.set(keyOf(root, path.join(root, output.entryPoint)), output.exports);
  }
  return modules;
}

/** The stub standing for one core module in extension.js: a getter per export, into the engine's namespace for it. */
function stubSource(key, names) {
  const getters = names.map((name) => `  ${JSON.stringify(name)}: { enumerable: true, get: () => engine()[${JSON.stringify(key)}][${JSON.stringify(name)}] },`);
  return [`const engine = require(${JSON.stringify(LOADER)});`, 'Object.defineProperties(exports, {', ...getters, '});', ''].join('\n');
}

/**
 * The esbuild plugin for a build with entry points `extension` (src/vscode/extension.ts) and
 * `engine` (ENTRY): it finds the modules to stub on every (re)build, generates the stubs and the
 * engine's entry, and checks the result.
 */
export function lazyEngine(root) {
  return {
    name: 'lazy-engine',
    setup(build) {
      build.initialOptions.metafile = true;
      let modules = new Map();
      build.onStart(async () => {
        try {
          modules = await lazyCoreModules(root);
        } catch {
          // A source that does not compile: the build itself reports it with its location.
        }
      });

      build.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: 'infra-coach-engine' }));
      build.onLoad({ filter: /.*/, namespace: 'infra-coach-engine' }, () => ({
        contents: [...modules.keys()].map((key) => `export * as ${JSON.stringify(key)} from ${JSON.stringify(`./src/core/${key}`)};`).join('\n'),
        resolveDir: root,
        loader: 'js',
      }));

      build.onResolve({ filter: new RegExp(`^${LOADER}$`) }, () => ({ path: LOADER, namespace: 'infra-coach-engine-loader' }));
      build.onLoad({ filter: /.*/, namespace: 'infra-coach-engine-loader' }, () => ({
        // One require, on first use; Node resolves it next to extension.js.
        contents: `let engine;\nmodule.exports = () => (engine ??= require(${JSON.stringify(`./${ENGINE_FILE}`)}));\n`,
        loader: 'js',
      }));
      build.onResolve({ filter: /.*/, namespace: 'infra-coach-engine-loader' }, (args) => ({ path: args.path, external: true }));

      // Adapters' (and the webview protocol's) imports of a stubbed core module; core's own imports stay real.
      build.onResolve({ filter: /[\\/]core(?:[\\/]|$)/ }, async (args) => {
        if (args.pluginData === 'inner' || args.namespace !== 'file' || isCore(root, args.importer)) return undefined;
        const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'inner' });
        if (resolved.errors.length || !isCore(root, resolved.path)) return undefined;
        const key = keyOf(root, resolved.path);
        return modules.has(key) ? { path: key, namespace: STUB_NS } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: STUB_NS }, (args) => ({ contents: stubSource(args.path, modules.get(args.path)), loader: 'js' }));

      build.onEnd((result) => {
        if (!result.metafile) return undefined;
        const eager = new Set(EAGER_CORE);
        const extension = Object.entries(result.metafile.outputs).find(([file]) => path.basename(file) === 'extension.js');
        const leaked = Object.keys(extension?.[1].inputs ?? {}).filter((f) => (f.startsWith('src/core/') && !eager.has(f)) || f.startsWith('node_modules/'));
        if (leaked.length === 0) return undefined;
        const text =
          `extension.js would load ${leaked.length} engine module(s) at activation (${leaked.slice(0, 3).join(', ')}${leaked.length > 3 ? ', …' : ''}): ` +
          'only the adapters and the small stateless modules of EAGER_CORE (scripts/lazyEngine.mjs) belong there; adapters reach the rest through ../core imports, which load the engine on first use';
        return { errors: [{ text }] };
      });
    },
  };
}

/** The entry points of the split build, for esbuild's `entryPoints` with an `outdir`. */
export const SPLIT_ENTRY_POINTS = [
  { in: 'src/vscode/extension.ts', out: 'extension' },
  { in: ENTRY, out: 'engine' },
];
