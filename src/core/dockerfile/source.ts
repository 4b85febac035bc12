/**
 * A logical line: an instruction's physical lines joined the way the frontend joins them
 * (escape + newline removed, comment and blank lines inside the continuation dropped), with
 * a map from every logical offset back to the file so tokens get exact ranges.
 */
import { LineIndex } from '../text';
import type { Range } from '../types';
import type { Token, Word } from './model';
import { unquote, unquoteNeeded } from './words';

/**
 * Segments of the line being built, [logical0, file0, logical1, file1, ...]: lines are built one
 * at a time (append... finish), so they share this buffer and each keeps an exact-size copy.
 * Growing an array per continued line by push allocated about three times the kept size.
 */
const building: number[] = [];
/** How much of `building` the current line uses; its length only grows (setting it to 0 would drop the storage). */
let used = 0;
/** Length of the current line's text so far: kept here, not on every line, as only the one being built needs it. */
let buildingLength = 0;

/**
 * Most instructions sit on one physical line: that segment lives in plain fields and only
 * continued instructions get an array, which keeps a parse from allocating three arrays per
 * instruction (measured: about a tenth of the parse's allocations).
 */
export class LogicalLine {
  text = '';
  /** File offset of the first segment. */
  private file0 = -1;
  /**
   * Logical and file offset of every segment, [logical0, file0, logical1, file1, ..., hint], when
   * there are two or more. The last entry is the segment of the last toFile lookup, checked before
   * searching: measured on the corpus lint, this took toFile from about 1.3% to 0.5% of it (the
   * search over a continued RUN's segments). It sits in the array, not in a field, as only
   * continued lines have one (a field costs every instruction 8 bytes).
   */
  private segs: number[] | undefined = undefined;

  /** Adds fileText[fileStart, fileEnd) to the line; `finish` builds the text once all parts are in. */
  append(fileStart: number, fileEnd: number): void {
    if (fileEnd <= fileStart) return;
    if (this.file0 < 0) {
      this.file0 = fileStart;
      used = 0;
      buildingLength = 0;
    }
    building[used++] = buildingLength;
    building[used++] = fileStart;
    buildingLength += fileEnd - fileStart;
  }

  /** Joins the parts into one flat string: scanning a concatenated (rope) string char by char is several times slower. */
  finish(fileText: string): this {
    // One segment (or none): a plain slice, and no segment array.
    if (used <= 2) this.text = this.file0 < 0 ? '' : fileText.slice(this.file0, this.file0 + buildingLength);
    else {
      building[used] = 0; // the toFile hint
      const segs = (this.segs = building.slice(0, used + 1));
      const n = segs.length >> 1;
      const parts = new Array<string>(n);
      for (let k = 0; k < n; k++) {
        const end = k + 1 < n ? segs[(k + 1) << 1] : buildingLength;
        const from = segs[(k << 1) + 1];
        parts[k] = fileText.slice(from, from + end - segs[k << 1]);
      }
      this.text = parts.join('');
    }
    used = 0;
    return this;
  }

  /** File offset of the character at logical offset `i` (or just past the text for i = length). */
  toFile(i: number): number {
    const segs = this.segs;
    if (segs === undefined) return this.file0 < 0 ? 0 : this.file0 + i;
    // The shell scanner maps its tokens left to right: most lookups land in the segment of the one before.
    const last = segs.length - 1;
    let k = segs[last] << 1;
    if (segs[k] > i || (k + 2 < last && segs[k + 2] <= i)) {
      k = this.segmentAt(i) << 1;
      segs[last] = k >> 1;
    }
    return segs[k + 1] + (i - segs[k]);
  }

  /** Index of the last segment starting at or before logical offset `i` (the first for i before it), with two or more segments. */
  private segmentAt(i: number): number {
    const segs = this.segs!;
    // Keywords and flags sit in the first segment, argument ends in the last: try those before searching.
    if (i < segs[2]) return 0;
    const last = (segs.length >> 1) - 1;
    if (i >= segs[last << 1]) return last;
    let lo = 1;
    let hi = last - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid << 1] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** File offset just past the character before logical offset `end`. */
  toFileEnd(start: number, end: number): number {
    return end > start ? this.toFile(end - 1) + 1 : this.toFile(start);
  }

  /**
   * Logical offset of a file offset: the smallest logical offset whose file offset is at or
   * after it (a file offset in a dropped gap maps to the next segment's first character).
   */
  fromFile(fileOffset: number): number {
    const segs = this.segs;
    if (segs === undefined) {
      if (this.file0 < 0 || fileOffset <= this.file0) return 0;
      return Math.min(fileOffset - this.file0, this.text.length);
    }
    const n = segs.length >> 1;
    if (fileOffset <= segs[1]) return 0;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[(mid << 1) + 1] <= fileOffset) lo = mid;
      else hi = mid - 1;
    }
    const logical = segs[lo << 1];
    const segLength = (lo + 1 < n ? segs[(lo + 1) << 1] : this.text.length) - logical;
    return logical + Math.min(fileOffset - segs[(lo << 1) + 1], segLength);
  }

  get segmentCount(): number {
    return this.segs === undefined ? (this.file0 < 0 ? 0 : 1) : this.segs.length >> 1;
  }
}

/** Maps offsets of some text (a logical line, a heredoc body, an unquoted word) to file offsets. */
export type OffsetMap = (i: number) => number;

/**
 * Tokens compute their line/character range on first use: a parse creates far more tokens
 * than any rule or hover reads, and the offsets-to-position search is most of their cost.
 */
export class LazyToken implements Token {
  /** The LineIndex until the range is first read, then the range: one field for both keeps every token 8 bytes smaller. */
  #range: Range | LineIndex;

  constructor(lines: LineIndex, public text: string, public start: number, public end: number) {
    this.#range = lines;
  }

  get range(): Range {
    const r = this.#range;
    return r instanceof LineIndex ? (this.#range = r.range(this.start, this.end)) : r;
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

  /** A token over logical offsets of `line`; `text` may pass an equal string the caller already has, sparing the slice. */
  logical(line: LogicalLine, start: number, end: number, text = line.text.slice(start, end)): Token {
    return new LazyToken(this.lines, text, line.toFile(start), line.toFileEnd(start, end));
  }

  word(line: LogicalLine, start: number, end: number, value: string): Word {
    return new LazyWord(this.lines, line.text.slice(start, end), line.toFile(start), line.toFileEnd(start, end), value);
  }

  /** A word over logical offsets of `line` whose value is its text unquoted; plain words share one string for both. */
  unquoted(line: LogicalLine, start: number, end: number, escape: number): Word {
    const lt = line.text;
    const text = lt.slice(start, end);
    const value = unquoteNeeded(lt, start, end, escape) ? unquote(lt, start, end, escape) : text;
    return new LazyWord(this.lines, text, line.toFile(start), line.toFileEnd(start, end), value);
  }

  /** A word over logical offsets of `line` known to hold no quote or escape: its value is its text. */
  plain(line: LogicalLine, start: number, end: number): Word {
    const text = line.text.slice(start, end);
    return new LazyWord(this.lines, text, line.toFile(start), line.toFileEnd(start, end), text);
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
