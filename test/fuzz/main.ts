/**
 * `npm run fuzz -- --iterations N --seed S [--kind dockerfile|kubernetes|compose] [--bound MS] [--max-seed-bytes B] [--max-seconds T]`
 *
 * Long mutation-fuzzing run over the shared corpus, the examples and generated files. Every new kind of
 * failure is minimised and saved as a regression fixture under test/fixtures/fuzz/<kind>/, which the unit
 * test replays. Exit code 1 when anything failed, 2 on a usage error.
 */
import { FILE_KINDS, type FileKind } from '../../src/core/types';
import { fuzz } from './runner';
import { loadSeeds } from './seeds';

function usage(message: string): never {
  console.error(`fuzz: ${message}\nusage: npm run fuzz -- [--iterations N] [--seed S] [--kind KIND] [--bound MS] [--max-seed-bytes B] [--max-seconds T]`);
  process.exit(2);
}

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value < 0) usage(`${name} needs a non-negative number, got ${JSON.stringify(args[i + 1])}`);
  return value;
}

const args = process.argv.slice(2);
const known = new Set(['--iterations', '--seed', '--kind', '--bound', '--max-seed-bytes', '--max-seconds']);
for (let i = 0; i < args.length; i += 2) if (!known.has(args[i])) usage(`unknown option ${args[i]}`);
const iterations = numberArg(args, '--iterations', 2000);
const seed = numberArg(args, '--seed', Date.now() % 100_000);
const boundMs = numberArg(args, '--bound', 2000);
const maxSeedBytes = numberArg(args, '--max-seed-bytes', Infinity);
/** Stops early (with the summary) on a shared machine; the iterations done are reported. */
const maxSeconds = numberArg(args, '--max-seconds', Infinity);
const kindIndex = args.indexOf('--kind');
const kind = kindIndex >= 0 ? (args[kindIndex + 1] as FileKind) : undefined;
if (kind !== undefined && !FILE_KINDS.includes(kind)) usage(`--kind must be one of ${FILE_KINDS.join(', ')}`);

const started = performance.now();
const seeds = loadSeeds(maxSeedBytes);
console.log(`fuzz: seed ${seed}, ${iterations} iterations, ${FILE_KINDS.map((k) => `${seeds[k].length} ${k} seeds`).join(', ')}, bound ${boundMs} ms per call`);
const stats = fuzz({
  iterations,
  seed,
  ...(kind ? { kinds: [kind] } : {}),
  seeds,
  check: { boundMs, hovers: 8, fixes: 8 },
  save: true,
  shouldStop: () => (performance.now() - started) / 1000 > maxSeconds,
  onFailure: (f) => {
    console.log(`\nFAIL [${f.kind}] ${f.violation.property}: ${f.violation.detail}`);
    console.log(`  iteration ${f.iteration}, from ${f.case.from}, mutations ${f.case.mutations.join(', ') || 'none'}`);
    if (f.violation.stack) console.log('  ' + f.violation.stack.split('\n').slice(0, 4).join('\n  '));
    console.log(f.fixture ? `  saved ${f.fixture}` : '  (a fixture for this failure already exists)');
  },
  onProgress: (done) => {
    if (done % 500 === 0) console.log(`fuzz: ${done}/${iterations} cases, ${Math.round((performance.now() - started) / 1000)} s`);
  },
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `\nfuzz: ${stats.iterations} of ${iterations} cases in ${seconds} s (seed ${seed}); ${stats.diagnostics} diagnostics, ${stats.fixesChecked} fixes checked; ` +
    `slowest call ${Math.round(stats.slowestMs)} ms${stats.slowestCase ? ` (${stats.slowestCase.kind}, ${stats.slowestCase.from}, ${stats.slowestCase.mutations.join('+') || 'no mutation'})` : ''}; ` +
    `${stats.failures.length} distinct failures (${stats.violationCount} violations in all)`,
);
process.exit(stats.failures.length ? 1 : 0);
