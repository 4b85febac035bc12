/**
 * The fuzz loop shared by `npm run fuzz` (long runs) and the unit test (a short fixed-seed run): builds
 * each case from a seed file or a generated one plus a few mutations, checks the properties, and turns
 * every new kind of failure into a minimised regression fixture.
 */
import { FILE_KINDS, type FileKind } from '../../src/core/types';
import { fixtureExists, fixtureStatus, saveFixture } from './fixtures';
import { generators } from './generators';
import { mutatorsFor } from './mutators';
import { CaseChecker, type CaseReport, type CheckOptions, type Violation } from './properties';
import { Random } from './random';
import type { Seed } from './seeds';

export interface FuzzCase {
  kind: FileKind;
  text: string;
  /** The text before the mutations, linted first under the same name (Kubernetes reuses parses across edits). */
  before?: string;
  from: string;
  mutations: string[];
}

export function makeCase(kind: FileKind, rng: Random, seeds: readonly Seed[]): FuzzCase {
  const generated = seeds.length === 0 || rng.chance(0.25);
  const seed = generated ? { name: 'generated', text: generators[kind](rng) } : rng.pick(seeds);
  const available = mutatorsFor(kind);
  const mutations: string[] = [];
  let text = seed.text;
  const count = generated && rng.chance(0.3) ? 0 : 1 + rng.int(3);
  for (let i = 0; i < count; i++) {
    const m = rng.pick(available);
    mutations.push(m.name);
    text = m.apply(text, rng);
  }
  return { kind, text, from: seed.name, mutations, ...(kind === 'kubernetes' ? { before: seed.text } : {}) };
}

export function checkCase(c: Pick<FuzzCase, 'kind' | 'text' | 'before'>, options: Omit<CheckOptions, 'before'>, rngSeed: number): CaseReport {
  return new CaseChecker(c.kind, c.text, { ...options, ...(c.before !== undefined ? { before: c.before } : {}) }, new Random(rngSeed)).run();
}

/** The frame of our own code nearest the failure: what a maintainer opens first. */
export function ownFrame(stack: string | undefined): string {
  const frame = stack?.split('\n').find((l) => /[\\/]src[\\/]/.test(l));
  const m = frame ? /[\\/](src[\\/][^:)]+):(\d+)/.exec(frame) : null;
  return m ? `${m[1].replace(/\\/g, '/')}:${m[2]}` : '';
}

/** Failures with the same signature are the same defect: one fixture each. */
export function signature(kind: FileKind, v: Violation): string {
  const detail = v.detail
    .replace(/".*"/, '"…"')
    .replace(/\{[^}]*\}/g, '{…}')
    .replace(/\d+/g, 'N')
    .slice(0, 90);
  // A stack overflow stops at whichever frame the stack ran out in: only the file tells the defect apart.
  const frame = /Maximum call stack/.test(v.detail) ? ownFrame(v.stack).replace(/:\d+$/, '') : ownFrame(v.stack);
  return `${kind}|${v.property}|${detail.replace(/^(hover at N:N|explain|lint) threw/, 'threw')}|${frame}`;
}

function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/**
 * Shrinks a failing text by deleting runs of lines while the same failure reproduces, so a fixture
 * shows the few lines that matter. Best effort within a budget of checks.
 */
export function minimise(c: FuzzCase, reproduces: (text: string) => boolean, budget = 200): string {
  let lines = c.text.split('\n');
  let tries = 0;
  for (let size = Math.max(1, lines.length >> 1); size >= 1 && tries < budget; size = size === 1 ? 0 : Math.max(1, size >> 1)) {
    for (let at = 0; at < lines.length && tries < budget; ) {
      const candidate = [...lines.slice(0, at), ...lines.slice(at + size)];
      tries++;
      if (candidate.length < lines.length && reproduces(candidate.join('\n'))) lines = candidate;
      else at += size;
    }
  }
  return lines.join('\n');
}

export interface FuzzOptions {
  iterations: number;
  seed: number;
  kinds?: readonly FileKind[];
  seeds: Record<FileKind, Seed[]>;
  check: Omit<CheckOptions, 'before'>;
  /** Save new failures as fixtures (the long run); the unit test only reports them. */
  save: boolean;
  /** Called for each new distinct failure. */
  onFailure?: (failure: FuzzFailure) => void;
  onProgress?: (done: number) => void;
  /** Checked between cases: true ends the run early. */
  shouldStop?: () => boolean;
}

export interface FuzzFailure {
  signature: string;
  kind: FileKind;
  iteration: number;
  violation: Violation;
  case: FuzzCase;
  fixture?: string;
}

export interface FuzzStats {
  iterations: number;
  failures: FuzzFailure[];
  /** Every violation, counting repeats of the same defect. */
  violationCount: number;
  slowestMs: number;
  slowestCase?: { kind: FileKind; from: string; mutations: string[] };
  fixesChecked: number;
  diagnostics: number;
}

export function fuzz(options: FuzzOptions): FuzzStats {
  const kinds = options.kinds ?? FILE_KINDS;
  const rng = new Random(options.seed);
  const seen = new Set<string>();
  const stats: FuzzStats = { iterations: 0, failures: [], violationCount: 0, slowestMs: 0, fixesChecked: 0, diagnostics: 0 };
  for (let i = 0; i < options.iterations && !options.shouldStop?.(); i++) {
    const kind = kinds[i % kinds.length];
    const c = makeCase(kind, rng, options.seeds[kind]);
    const caseSeed = options.seed * 1_000_003 + i;
    const report = checkCase(c, options.check, caseSeed);
    stats.iterations++;
    stats.fixesChecked += report.fixesChecked;
    stats.diagnostics += report.diagnostics;
    if (report.slowestMs > stats.slowestMs) {
      stats.slowestMs = report.slowestMs;
      stats.slowestCase = { kind, from: c.from, mutations: c.mutations };
    }
    stats.violationCount += report.violations.length;
    for (const v of report.violations) {
      const sig = signature(kind, v);
      if (seen.has(sig)) continue;
      seen.add(sig);
      const failure: FuzzFailure = { signature: sig, kind, iteration: i, violation: v, case: c };
      if (options.save) failure.fixture = save(failure, options, caseSeed);
      stats.failures.push(failure);
      options.onFailure?.(failure);
    }
    options.onProgress?.(i + 1);
  }
  return stats;
}

function save(failure: FuzzFailure, options: FuzzOptions, caseSeed: number): string | undefined {
  const { kind, violation } = failure;
  // Timings depend on the machine's load: reported by the run, measured by `npm run bench`, never a fixture.
  if (violation.property === 'time-bound') return undefined;
  // A fixture marked fixed that fails again in a new way gets a sibling; a pending one already tells the story.
  const base = `${violation.property}-${shortHash(failure.signature)}`;
  let name = base;
  for (let n = 2; fixtureExists(kind, name); n++) {
    if (fixtureStatus(kind, name) === 'pending') return undefined;
    name = `${base}-${n}`;
  }
  const sig = failure.signature;
  const text =
    failure.case.text.length > 200_000
      ? failure.case.text
      : minimise(failure.case, (t) => checkCase({ ...failure.case, text: t }, options.check, caseSeed).violations.some((v) => signature(kind, v) === sig));
  return saveFixture(kind, name, text, failure.case.before, {
    status: 'pending',
    owner: ownFrame(violation.stack) || undefined,
    found: { seed: options.seed, iteration: failure.iteration, caseSeed, from: failure.case.from, mutations: failure.case.mutations },
    violation,
  });
}
