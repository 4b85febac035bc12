// Times the Dockerfile parser alone on the corpus, bundled as the product ships it:
//   node bench/dockerfile-parser.mjs [corpus-dir]
// Prints CPU times (min and median of warm runs) for parsing every file, for parsing plus shell and variable
// analysis, for dockerfile-ast on the same files, and for a plain character scan as a yardstick.
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'dockerfile'));
const out = mkdtempSync(join(tmpdir(), 'df-bench-'));
await esbuild.build({
  entryPoints: [join(root, 'src', 'core', 'dockerfile', 'parser.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: join(out, 'parser.js'),
  logLevel: 'warning',
});
const { parseDockerfile } = createRequire(import.meta.url)(join(out, 'parser.js'));
rmSync(out, { recursive: true, force: true });

const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
const bytes = files.reduce((n, t) => n + t.length, 0);

// CPU time rather than wall time: the machine is shared, and a busy neighbour should not count.
function median(run, runs = 25) {
  for (let i = 0; i < 3; i++) run();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    run();
    const t = process.cpuUsage(t0);
    samples.push((t.user + t.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  return { min: samples[0], median: samples[runs >> 1] };
}
const show = (t) => `min ${t.min.toFixed(2)} ms, median ${t.median.toFixed(2)} ms`;

const parseOnly = median(() => {
  for (const t of files) parseDockerfile(t);
});
let commands = 0;
const withShell = median(() => {
  commands = 0;
  for (const t of files) {
    const d = parseDockerfile(t);
    for (const i of d.instructions) {
      commands += d.shell(i)?.commands.length ?? 0;
      d.variables(i);
    }
  }
});
console.log(`${files.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
// dockerfile-ast, the parser behind dockerfile-utils and the Docker language server, on the same files.
const { DockerfileParser } = createRequire(import.meta.url)('dockerfile-ast');
const peer = median(() => {
  for (const t of files) DockerfileParser.parse(t);
}, 7);
// A plain pass over every character, to judge the numbers on a busy or slow machine.
let sink = 0;
const scan = median(() => {
  for (const t of files) for (let i = 0; i < t.length; i++) sink += t.charCodeAt(i);
});
console.log(`parse:                ${show(parseOnly)} (CPU time of 25 warm runs)`);
console.log(`parse + shell + vars: ${show(withShell)} (${commands} shell commands)`);
console.log(`dockerfile-ast parse: ${show(peer)} (${(peer.median / parseOnly.median).toFixed(1)}x our parse time)`);
console.log(`reference char scan:  ${show(scan)}${sink ? '' : ' '}`);
