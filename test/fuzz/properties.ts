/**
 * The properties every fuzz case must keep, checked through the engine's public entry points (the
 * functions the editor, the CLI and dist/api.js call): nothing throws, every range lies inside the
 * document, every quick fix stays in its range, re-parses and is idempotent, and nothing is slow.
 */
import { explain, hover, ignoreFix, lint, type LintResult } from '../../src/core/engine';
import { LineIndex, applyEdits } from '../../src/core/text';
import type { FileKind, Fix, LintDiagnostic, Position, Range, TextEdit } from '../../src/core/types';
import type { Random } from './random';

export const FILE_NAMES: Record<FileKind, string> = {
  dockerfile: 'fuzz/Dockerfile',
  kubernetes: 'fuzz/manifest.yaml',
  compose: 'fuzz/compose.yaml',
};

export interface Violation {
  property: string;
  detail: string;
  stack?: string;
}

export interface CheckOptions {
  /** Milliseconds one lint, hover or explain call may take before it is reported as slow. */
  boundMs: number;
  hovers: number;
  /** Quick fixes checked per case (picked at random when there are more). */
  fixes: number;
  /** Text of the file before the mutation: linted first under the same name, as an editor would. */
  before?: string;
}

export interface CaseReport {
  violations: Violation[];
  /** The slowest single call, for the run's statistics. */
  slowestMs: number;
  diagnostics: number;
  fixesChecked: number;
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function positionInside(lines: LineIndex, p: Position): boolean {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return false;
  if (p.line >= lines.lineCount) return false;
  return p.character <= lines.lineEnd(p.line) - lines.lineStart(p.line);
}

/** Why a range is not inside the text, or undefined when it is. */
export function rangeProblem(lines: LineIndex, range: Range | undefined): string | undefined {
  if (!range || !range.start || !range.end) return 'missing range';
  if (!positionInside(lines, range.start)) return `start ${JSON.stringify(range.start)} is outside the document (${lines.lineCount} lines)`;
  if (!positionInside(lines, range.end)) return `end ${JSON.stringify(range.end)} is outside the document (${lines.lineCount} lines)`;
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) return `start ${JSON.stringify(range.start)} is after end ${JSON.stringify(range.end)}`;
  return undefined;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

interface Located {
  start: number;
  end: number;
  newText: string;
}

function offsets(lines: LineIndex, edits: readonly TextEdit[]): Located[] {
  return edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where an offset of the old text lands after the edits. */
function mapOffset(edits: readonly Located[], offset: number): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
    else if (e.start <= offset) return e.start + delta;
  }
  return offset + delta;
}

export class CaseChecker {
  private readonly violations: Violation[] = [];
  private slowest = 0;
  private fixesChecked = 0;

  constructor(
    private readonly kind: FileKind,
    private readonly text: string,
    private readonly options: CheckOptions,
    private readonly rng: Random,
  ) {}

  private get fileName(): string {
    return FILE_NAMES[this.kind];
  }

  private fail(property: string, detail: string, error?: unknown): void {
    this.violations.push({ property, detail, ...(error !== undefined ? { stack: stackOf(error) } : {}) });
  }

  private call<T>(what: string, run: () => T): T | undefined {
    try {
      const { value, ms } = timed(run);
      this.slowest = Math.max(this.slowest, ms);
      if (ms > this.options.boundMs) this.fail('time-bound', `${what} took ${Math.round(ms)} ms (bound ${this.options.boundMs} ms)`);
      return value;
    } catch (error) {
      this.fail('no-throw', `${what} threw: ${error instanceof Error ? error.message : String(error)}`, error);
      return undefined;
    }
  }

  private lintText(text: string, what: string, fileName = this.fileName): LintResult | undefined {
    const result = this.call(what, () => lint({ text, fileName, language: this.kind }));
    if (result) for (const f of result.failures) this.fail('rule-failure', `${what}: rule ${f.rule} threw: ${f.error.split('\n')[0]}`, f.error);
    return result;
  }

  run(): CaseReport {
    if (this.options.before !== undefined) this.lintText(this.options.before, 'lint of the text before the edit');
    const result = this.lintText(this.text, 'lint');
    const lines = new LineIndex(this.text);
    if (result) {
      this.checkDiagnostics(lines, result.diagnostics);
      this.checkFreshParse(result);
      this.checkFixes(lines, result.diagnostics);
      this.checkIgnoreFix(lines, result.diagnostics);
    }
    this.checkHovers(lines);
    const narrative = this.call('explain', () => explain({ text: this.text, fileName: this.fileName, language: this.kind }));
    if (narrative !== undefined && typeof narrative !== 'string') this.fail('explain-result', `explain returned ${typeof narrative}, not Markdown`);
    return { violations: this.violations, slowestMs: this.slowest, diagnostics: result?.diagnostics.length ?? 0, fixesChecked: this.fixesChecked };
  }

  private checkDiagnostics(lines: LineIndex, diagnostics: LintDiagnostic[]): void {
    for (const d of diagnostics) {
      const problem = rangeProblem(lines, d.range);
      if (problem) this.fail('range-inside', `${d.rule} diagnostic: ${problem}`);
      for (const r of d.related ?? []) {
        const relatedProblem = r.path ? undefined : rangeProblem(lines, r.range);
        if (relatedProblem) this.fail('range-inside', `${d.rule} related location: ${relatedProblem}`);
      }
    }
  }

  /**
   * The engine reuses the previous parse of a file where it can (Kubernetes patches one entry in
   * place); the findings must be the same as a parse from scratch under a name with no history.
   */
  private checkFreshParse(result: LintResult): void {
    if (this.options.before === undefined) return;
    const fresh = this.lintText(this.text, 'lint from scratch', `fuzz/fresh-${freshNames++}/${FILE_NAMES[this.kind].split('/')[1]}`);
    if (!fresh) return;
    const summary = (r: LintResult): string[] => r.diagnostics.map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
    const a = summary(result);
    const b = summary(fresh);
    const onlyIncremental = a.filter((x) => !b.includes(x));
    const onlyFresh = b.filter((x) => !a.includes(x));
    if (onlyIncremental.length || onlyFresh.length) {
      this.fail('incremental-equals-fresh', `after an edit the reused parse reports ${JSON.stringify(onlyIncremental.slice(0, 3))} but a fresh parse reports ${JSON.stringify(onlyFresh.slice(0, 3))}`);
    }
  }

  private checkHovers(lines: LineIndex): void {
    const positions: Position[] = [{ line: 0, character: 0 }];
    for (let i = 0; i < this.options.hovers; i++) {
      const line = this.rng.int(lines.lineCount);
      const length = lines.lineEnd(line) - lines.lineStart(line);
      positions.push({ line, character: this.rng.int(length + 1) });
    }
    for (const p of positions) {
      const h = this.call(`hover at ${p.line}:${p.character}`, () => hover({ text: this.text, fileName: this.fileName, language: this.kind }, p));
      if (!h) continue;
      const problem = rangeProblem(lines, h.range);
      if (problem) this.fail('range-inside', `hover at ${p.line}:${p.character}: ${problem}`);
      if (typeof h.contents !== 'string' || h.contents.trim() === '') this.fail('hover-content', `hover at ${p.line}:${p.character} has no text`);
    }
  }

  private checkFixes(lines: LineIndex, diagnostics: LintDiagnostic[]): void {
    const all = diagnostics.flatMap((d) => d.fixes.map((fix) => ({ d, fix })));
    for (let i = all.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [all[i], all[j]] = [all[j], all[i]];
    }
    for (const { d, fix } of all.slice(0, this.options.fixes)) this.checkFix(lines, diagnostics, d, fix, `${d.rule} fix "${fix.title}"`, true);
  }

  /** The editor's "ignore this finding" action on one finding: it must also stay inside the text. */
  private checkIgnoreFix(lines: LineIndex, diagnostics: LintDiagnostic[]): void {
    if (diagnostics.length === 0) return;
    const d = this.rng.pick(diagnostics);
    const fix = this.call(`ignore fix for ${d.rule}`, () => ignoreFix({ text: this.text, fileName: this.fileName, language: this.kind }, d));
    if (fix) this.checkFix(lines, diagnostics, d, fix, `${d.rule} ignore fix`, false);
  }

  private checkFix(lines: LineIndex, diagnostics: LintDiagnostic[], d: LintDiagnostic, fix: Fix, what: string, idempotent: boolean): void {
    this.fixesChecked++;
    if (fix.edits.length === 0) return this.fail('fix-edits', `${what} has no edits`);
    for (const e of fix.edits) {
      const problem = rangeProblem(lines, e.range);
      if (problem) return this.fail('fix-inside', `${what}: edit ${problem}`);
      if (typeof e.newText !== 'string') return this.fail('fix-edits', `${what}: an edit has no replacement text`);
    }
    const located = offsets(lines, fix.edits);
    for (let i = 1; i < located.length; i++) {
      if (located[i].start < located[i - 1].end) return this.fail('fix-edits', `${what}: edits overlap at offsets ${located[i - 1].start}-${located[i - 1].end} and ${located[i].start}-${located[i].end}`);
    }
    // Rebuilt by hand from the untouched segments: the fixed text must be exactly these plus the new texts.
    let expected = '';
    let at = 0;
    for (const e of located) {
      expected += this.text.slice(at, e.start) + e.newText;
      at = e.end;
    }
    expected += this.text.slice(at);
    const fixed = applyEdits(this.text, fix.edits);
    if (fixed !== expected) return this.fail('fix-only-its-range', `${what}: applying the edits changed text outside them`);
    if (fixed === this.text) return this.fail('fix-changes-something', `${what} changes nothing`);
    const again = this.lintText(fixed, `lint after ${what}`);
    if (!again || !idempotent) return;
    // The same rule at the same place in the fixed text: its fix (same title) must change nothing more.
    const startOffset = lines.offsetAt(d.range.start);
    const fixedLines = new LineIndex(fixed);
    const place = fixedLines.positionAt(mapOffset(located, startOffset));
    const isPlace = (p: Position): boolean => p.line === place.line && p.character === place.character;
    // Another finding of the rule that the edits merely moved onto this place (the next of two blank lines) is not a repeat.
    const movedHere = diagnostics.some((o) => o !== d && o.rule === d.rule && isPlace(fixedLines.positionAt(mapOffset(located, lines.offsetAt(o.range.start)))));
    if (movedHere) return;
    const same = again.diagnostics.filter((x) => x.rule === d.rule && isPlace(x.range.start));
    for (const x of same) {
      for (const f of x.fixes.filter((f) => f.title === fix.title)) {
        if (f.edits.some((e) => rangeProblem(fixedLines, e.range))) return this.fail('fix-inside', `${what}, applied a second time: an edit lies outside the fixed text`);
        const twice = applyEdits(fixed, f.edits);
        if (twice !== fixed) return this.fail('fix-idempotent', `${what} applied a second time changes the text again`);
      }
    }
  }
}

let freshNames = 0;
