/**
 * A logical line: an instruction's physical lines joined the way the frontend joins them
 * (escape + newline removed, comment and blank lines inside the continuation dropped), with
 * a map from every logical offset back to the file so tokens get exact ranges.
 */
import type { LineIndex } from '../text';
import type { Range } from '../types';
import type { Token, Word } from './model';

export class LogicalLine {
  /** Logical offset where each segment starts, and the file offset it came from. */
  private readonly segLogical: number[] = [];
  private readonly segFile: number[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  text = '';

  append(fileText: string, fileStart: number, fileEnd: number): void {
    if (fileEnd <= fileStart) return;
    this.segLogical.push(this.length);
    this.segFile.push(fileStart);
    const part = fileText.slice(fileStart, fileEnd);
    this.parts.push(part);
    this.length += part.length;
  }

  /** Joins the parts into one flat string: scanning a concatenated (rope) string char by char is several times slower. */
  finish(): this {
    this.text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts.length = 0;
    return this;
  }

  /** File offset of the character at logical offset `i` (or just past the text for i = length). */
  toFile(i: number): number {
    const segs = this.segLogical;
    const n = segs.length;
    if (n === 1) return this.segFile[0] + i;
    if (n === 0) return 0;
    // Last segment starting at or before i.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.segFile[lo] + (i - segs[lo]);
  }

  /** File offset just past the character before logical offset `end`. */
  toFileEnd(start: number, end: number): number {
    return end > start ? this.toFile(end - 1) + 1 : this.toFile(start);
  }

  /** Logical offset of a file offset that `toFile`/`toFileEnd` produced. */
  fromFile(fileOffset: number): number {
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toFile(mid) < fileOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  get segmentCount(): number {
    return this.segLogical.length;
  }
}

/** Maps offsets of some text (a logical line, a heredoc body, an unquoted word) to file offsets. */
export type OffsetMap = (i: number) => number;

/**
 * Tokens compute their line/character range on first use: a parse creates far more tokens
 * than any rule or hover reads, and the offsets-to-position search is most of their cost.
 */
export class LazyToken implements Token {
  readonly #lines: LineIndex;
  #range: Range | undefined;

  constructor(lines: LineIndex, public text: string, public start: number, public end: number) {
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.range(this.start, this.end));
  }

  set range(range: Range) {
    this.#range = range;
  }
}

export class LazyWord extends LazyToken implements Word {
  constructor(lines: LineIndex, text: string, start: number, end: number, public value: string) {
    super(lines, text, start, end);
  }
}

export class TokenFactory {
  constructor(readonly lines: LineIndex) {}

  /** A token over file offsets. */
  file(start: number, end: number, text = this.lines.text.slice(start, end)): Token {
    return new LazyToken(this.lines, text, start, end);
  }

  /** A token over logical offsets of `line`. */
  logical(line: LogicalLine, start: number, end: number): Token {
    return new LazyToken(this.lines, line.text.slice(start, end), line.toFile(start), line.toFileEnd(start, end));
  }

  word(line: LogicalLine, start: number, end: number, value: string): Word {
    return new LazyWord(this.lines, line.text.slice(start, end), line.toFile(start), line.toFileEnd(start, end), value);
  }

  /** A token over offsets of text mapped by `map`. */
  mapped(text: string, map: OffsetMap, start: number, end: number): Token {
    const fs = map(start);
    const fe = end > start ? map(end - 1) + 1 : fs;
    return new LazyToken(this.lines, text.slice(start, end), fs, fe);
  }

  mappedWord(text: string, map: OffsetMap, start: number, end: number, value: string): Word {
    const fs = map(start);
    const fe = end > start ? map(end - 1) + 1 : fs;
    return new LazyWord(this.lines, text.slice(start, end), fs, fe, value);
  }
}
