/**
 * `--fix`: applies every safe fix, re-lints the result and repeats until nothing safe is left (a
 * fix may make room for another), so a second run changes nothing. The file's line endings and
 * byte order mark are kept: fixes write `\n`, turned into `\r\n` in a CRLF file.
 */
import { lint, type EngineOptions, type LintResult } from '../core/engine';
import { applyEdits } from '../core/text';
import type { DocumentInput, TextEdit } from '../core/types';

/** Enough for fixes that unlock others; a fix that keeps re-triggering itself stops here. */
const MAX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** The lint of the final text. */
  result: LintResult;
  changed: boolean;
}

export function fixText(input: DocumentInput, options: EngineOptions): FixOutcome {
  const crlf = usesCrlf(input.text);
  let text = input.text;
  let result = lint({ ...input, text }, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = safeEdits(result, crlf);
    if (edits.length === 0) break;
    const next = applyEdits(text, edits);
    if (next === text) break;
    text = next;
    result = lint({ ...input, text }, options);
  }
  return { text, result, changed: text !== input.text };
}

/** The first safe fix of each finding, skipping any that overlaps one already taken. */
function safeEdits(result: LintResult, crlf: boolean): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const d of result.diagnostics) {
    const fix = d.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits.map((e) => ({ range: e.range, newText: crlf ? e.newText.replace(/\r?\n/g, '\r\n') : e.newText })));
  }
  return taken;
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = !before(a.range.start, a.range.end);
  const bEmpty = !before(b.range.start, b.range.end);
  if (aEmpty && bEmpty) return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/** CRLF when most line breaks are CRLF. */
function usesCrlf(text: string): boolean {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf;
}
