#!/usr/bin/env node
/**
 * Bundles the extension (its engine a second bundle, loaded on first use), the CLI, the Node API,
 * the webview script (when present) and the integration tests with esbuild. Type checking is
 * `npm run check-types`; esbuild does none.
 *
 *   node scripts/build.mjs               development build (source maps) + integration tests
 *   node scripts/build.mjs --watch       the same, rebuilt on every change
 *   node scripts/build.mjs --production  minified bundles for the .vsix, no maps, no tests
 */
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyEngine, SPLIT_ENTRY_POINTS } from './lazyEngine.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const unknown = process.argv.slice(2).filter((a) => !['--production', '--watch'].includes(a));
if (unknown.length) {
  console.error(`build: unknown option ${unknown[0]}; use --watch or --production`);
  process.exit(2);
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * Large JSON data (the Kubernetes and Compose schemas) is emitted as JSON.parse('…'): V8 parses
 * a JSON string much faster than it compiles the same data as an object literal, which is
 * what esbuild would emit and what every activation would pay for.
 */
const LARGE_JSON_BYTES = 10_000;
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < LARGE_JSON_BYTES) return undefined;
      // Re-serialised so the string holds compact JSON, whatever the file's formatting.
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/**
 * The schemas stay out of the Node bundles: their lazy `require('./schema/<name>.json')` becomes
 * `require('./<name>.json')`, resolved next to the bundle on first use, and the file (compacted) is
 * written there. Browser bundles do not use this plugin: a worker cannot read files, so they inline.
 */
const LAZY_JSON = ['src/core/kubernetes/schema/k8s-schema.json', 'src/core/compose/schema/compose-schema.json'];
const lazyJson = {
  name: 'lazy-json',
  setup(build) {
    const lazy = new Map(LAZY_JSON.map((f) => [path.join(root, f), path.basename(f)]));
    build.onResolve({ filter: /\.json$/ }, (args) => {
      const name = lazy.get(path.resolve(args.resolveDir, args.path));
      return name ? { path: `./${name}`, external: true } : undefined;
    });
    build.onEnd(() => {
      const { outdir, outfile } = build.initialOptions;
      const dir = path.resolve(root, outdir ?? path.dirname(outfile));
      mkdirSync(dir, { recursive: true });
      for (const [file, name] of lazy) writeFileSync(path.join(dir, name), JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
    });
  },
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20', plugins: [lazyJson, jsonAsString] };

const targets = [
  // extension.js (activation) and engine.js (loaded on first use): see scripts/lazyEngine.mjs.
  { ...node, entryPoints: SPLIT_ENTRY_POINTS, outdir: 'dist', external: ['vscode'], plugins: [...node.plugins, lazyEngine(root)] },
  { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(version) } },
  { ...node, entryPoints: ['src/api.ts'], outfile: 'dist/api.js' },
];

/**
 * The web extension (vscode.dev, github.dev): a webworker bundle of the same entry point. The core
 * uses no Node API; the one adapter that reads the disk (src/vscode/fileHost.ts) is swapped for its
 * web twin, and any other Node import fails the build instead of failing at run time in a browser.
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /[\\/]fileHost$/ }, (args) => {
      const web = path.join(args.resolveDir, 'fileHost.web.ts');
      return existsSync(web) ? { path: web } : undefined;
    });
    build.onResolve({ filter: /^(node:)?crypto$/ }, () => ({ path: path.join(root, 'src/vscode/web/crypto.ts') }));
    build.onResolve({ filter: /^node:|^(fs|path|os|child_process|util)$/ }, (args) => ({
      errors: [{ text: `${args.path} is a Node module and cannot run in the web extension (imported by ${path.relative(root, args.importer)})` }],
    }));
  },
};
targets.push({
  ...common,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  entryPoints: ['src/vscode/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  plugins: [webVariants, jsonAsString],
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
});

if (existsSync(path.join(root, 'src/webview/main.ts'))) {
  targets.push({ ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js' });
}

if (!production) {
  // Each test file is its own bundle so it may import helpers or the engine; mocha and vscode
  // come from the extension host at run time.
  const tests = findFiles(path.join(root, 'test/integration'), (f) => /\.test\.ts$/.test(f) || /[\\/]index\.ts$/.test(f));
  if (tests.length) {
    targets.push({ ...node, entryPoints: tests.map((f) => path.relative(root, f)), outbase: 'test/integration', outdir: 'out/test/integration', external: ['vscode', 'mocha'] });
  }
}

function findFiles(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(full, keep);
    return keep(full) ? [full] : [];
  });
}

/** Logs each rebuild in the form VS Code's $esbuild-watch problem matcher reads. */
const watchLogger = {
  name: 'watch-logger',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      if (existsSync(path.join(root, 'dist/cli.js'))) chmodSync(path.join(root, 'dist/cli.js'), 0o755);
      for (const e of result.errors) console.error(`✘ [ERROR] ${e.text}\n    ${e.location?.file}:${e.location?.line}:${e.location?.column}:`);
      console.log('[watch] build finished');
    });
  },
};

// Stale maps or removed entry points must not reach the package.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
if (!production) rmSync(path.join(root, 'out/test/integration'), { recursive: true, force: true });

const started = Date.now();
if (watch) {
  for (const target of targets) {
    const ctx = await esbuild.context({ ...target, plugins: [...(target.plugins ?? []), watchLogger] });
    await ctx.watch();
  }
  console.log('[watch] watching src/ and test/integration/ for changes');
} else {
  try {
    await Promise.all(targets.map((t) => esbuild.build(t)));
  } catch {
    // esbuild already printed the errors with their locations.
    process.exit(1);
  }
  chmodSync(path.join(root, 'dist/cli.js'), 0o755);
  console.log(`build: ${targets.length} bundle(s) in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
