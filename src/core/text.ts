import type { Position, Range } from './types';

/** Converts between string offsets and line/character positions of one text. */
export class LineIndex {
  #lineStarts: Int32Array | number[] | undefined;

  constructor(readonly text: string) {}

  /** Computed on first use: many texts are linted without any offset turned into a position. */
  private get lineStarts(): Int32Array | number[] {
    return (this.#lineStarts ??= lineStartsOf(this.text));
  }

  /**
   * Hands over line starts that a parser found in its own pass over a text without `\r`: the offset
   * after every `\n`, after a leading 0. Spares the second pass (about 2% of a Dockerfile lint).
   */
  useLineStarts(starts: number[]): void {
    this.#lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the first character of `line`. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the last character of `line`, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1] - 1;
    if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /**
   * An offset between the `\r` and `\n` of a CRLF names no place an editor can show (parsers still
   * report such offsets, e.g. "one character past the error"): it maps to the end of its line.
   */
  positionAt(offset: number): Position {
    return this.positionFrom(offset, 0);
  }

  /** positionAt with the search started at `fromLine` when the offset lies on or after it. */
  private positionFrom(offset: number, fromLine: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    const starts = this.lineStarts;
    let lo = starts[fromLine] <= o ? fromLine : 0;
    let hi = starts.length - 1;
    if (lo === hi || starts[lo + 1] > o) return { line: lo, character: o - starts[lo] };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** Most ranges end on the line they start on: the end's search tries that line first. */
  range(startOffset: number, endOffset: number): Range {
    const start = this.positionFrom(startOffset, 0);
    return { start, end: this.positionFrom(endOffset, start.line) };
  }
}

/**
 * Line starts in a typed array grown by doubling from a guess of one line per 32 characters:
 * 4 bytes a line where a pushed number[] took about 24 (0.7 MB of a Dockerfile corpus lint),
 * and one pass, measured a sixth faster than pushing.
 */
function lineStartsOf(text: string): Int32Array {
  // The usual LF-only text: indexOf scans natively, several times faster than a char loop.
  const lfOnly = text.indexOf('\r') < 0;
  let starts = new Int32Array((text.length >> 5) + 16);
  let k = 1;
  for (let i = lfOnly ? text.indexOf('\n') : lineBreakAt(text, 0); i >= 0; i = lfOnly ? text.indexOf('\n', i + 1) : lineBreakAt(text, i + 1)) {
    if (k === starts.length) {
      const grown = new Int32Array(k * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[k++] = i + 1;
  }
  return starts.subarray(0, k);
}

/** Index of the last character of the next line break (LF, CR or CRLF) at or after `from`, or -1. */
function lineBreakAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 1 : i;
  }
  return -1;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** Applies non-overlapping edits to a text; used by the CLI's --fix and by fix tests. */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const index = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.end > floor) continue; // overlapping edit: the later one in the text wins, the other waits for a re-run
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

/** Escapes text taken from a user's file before it goes into Markdown (hovers, webviews). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => {
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '&') return '&amp;';
    return '\\' + c;
  });
}

/** Inline code span that cannot be broken out of, whatever backticks the text holds. */
export function inlineCode(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((s) => s.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return fence + pad + clean + pad + fence;
}

/** A finding's message as Markdown: its code spans kept as code, everything else escaped. */
export function messageMarkdown(message: string): string {
  return message
    .split(/(`[^`]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? inlineCode(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');
}
