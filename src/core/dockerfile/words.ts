/**
 * Splitting instruction text the way the BuildKit frontend does: builder flags, quote-aware
 * words, and the JSON array of the exec form. Spans are offsets into the given text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface JsonString extends Span {
  value: string;
}

/** Space, \t, \n, \v, \f, \r; ordered so that most characters fail after two comparisons. */
function isSpace(c: number): boolean {
  return c === 32 || (c <= 13 && c >= 9);
}

export function skipSpaces(text: string, i: number, end = text.length): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

export interface FlagSpans {
  flags: Span[];
  /** Where the arguments start (after the flags and any `--`). */
  rest: number;
  /** A quote opened in a flag and never closed. */
  unterminated?: Span;
}

/**
 * Leading `--name[=value]` words. Quotes may wrap parts of a flag (`--mount="type=cache,target=/x"`),
 * a bare `--` ends the flags, and the first word not starting with `--` starts the arguments.
 */
export function extractFlags(text: string, from: number, to: number): FlagSpans {
  const flags: Span[] = [];
  let i = skipSpaces(text, from, to);
  while (i < to) {
    if (text.charCodeAt(i) !== 45 || text.charCodeAt(i + 1) !== 45 || i + 1 >= to) break;
    const start = i;
    let quote = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === 92 && i + 1 < to) i++;
      } else if (isSpace(c)) break;
      else if (c === 39 || c === 34) quote = c;
      else if (c === 92 && i + 1 < to) i++;
      i++;
    }
    if (quote) return { flags, rest: to, unterminated: { start, end: to } };
    if (i - start === 2) return { flags, rest: skipSpaces(text, i, to) };
    flags.push({ start, end: i });
    i = skipSpaces(text, i, to);
  }
  return { flags, rest: i };
}

export interface WordSplit {
  /** Each word's start and end, flat: [start0, end0, start1, end1, ...] (no object per word). */
  bounds: number[];
  /** Entries of `bounds` in use (twice the word count): a reused `bounds` array holds stale entries past it. */
  length: number;
  /** The quote that is still open at the end, with the span from that quote to the end. */
  unterminated?: Span;
  /** No word holds a quote or the escape character: every word's value is its text (`unquote` is not needed). */
  plain: boolean;
}

/** An empty split for splitWords/splitFields to fill. */
export function wordSplit(): WordSplit {
  return { bounds: [], length: 0, unterminated: undefined, plain: true };
}

/**
 * Whitespace-separated words where quotes and the escape character keep spaces inside a word.
 * With `shellComments`, an unquoted `#` at a word start ends the text (POSIX shell form).
 * Fills and returns `into`, which may be a scratch split the caller reuses: the parser's splits are
 * read right away, and a fresh result with a growing array per split was about a twelfth of the
 * parse's allocation.
 */
export function splitWords(text: string, from: number, to: number, escape: number, shellComments = false, into = wordSplit()): WordSplit {
  const bounds = into.bounds;
  let n = 0;
  let i = from;
  let unterminated: Span | undefined;
  let plain = true;
  while (i < to) {
    i = skipSpaces(text, i, to);
    if (i >= to) break;
    if (shellComments && text.charCodeAt(i) === 35) break;
    const start = i;
    let quote = 0;
    let quoteStart = 0;
    while (i < to) {
      const c = text.charCodeAt(i);
      // Spaces and quotes are all below 40, so most characters of a word (letters, digits, / . -) take this one test.
      if (c > 39 && c !== escape) {
        i++;
        continue;
      }
      if (quote) {
        if (c === quote) quote = 0;
        else if (c === escape && quote !== 39 && i + 1 < to) i++;
      } else if (isSpace(c)) break;
      else if (c === 39 || c === 34) {
        quote = c;
        quoteStart = i;
        plain = false;
      } else if (c === escape) {
        plain = false;
        if (i + 1 < to) i++;
      }
      i++;
    }
    if (quote && !unterminated) unterminated = { start: quoteStart, end: to };
    bounds[n++] = start;
    bounds[n++] = i;
  }
  return filled(into, n, unterminated, plain);
}

/**
 * Words split at whitespace only, as the frontend splits FROM, COPY, ADD, EXPOSE, VOLUME...;
 * each word then goes through the lexer, which fails on a quote left open inside it.
 * Fills and returns `into`, which may be a reused scratch split, as for splitWords.
 */
export function splitFields(text: string, from: number, to: number, escape: number, into = wordSplit()): WordSplit {
  const bounds = into.bounds;
  let n = 0;
  let unterminated: Span | undefined;
  let plain = true;
  let i = from;
  while (i < to) {
    i = skipSpaces(text, i, to);
    if (i >= to) break;
    const start = i;
    // One pass finds the word's end and whether it needs the quote scan: most words have no quotes.
    let quoted = false;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      // Spaces and quotes are all below 40, so most characters of a word (letters, digits, / . -) take this one test.
      if (c > 39 && c !== escape) continue;
      if (isSpace(c)) break;
      if (c === 39 || c === 34 || c === escape) quoted = true;
    }
    bounds[n++] = start;
    bounds[n++] = i;
    if (quoted) {
      plain = false;
      if (!unterminated) {
        const open = openQuote(text, start, i, escape);
        if (open >= 0) unterminated = { start: open, end: i };
      }
    }
  }
  return filled(into, n, unterminated, plain);
}

function filled(into: WordSplit, length: number, unterminated: Span | undefined, plain: boolean): WordSplit {
  into.length = length;
  into.unterminated = unterminated;
  into.plain = plain;
  return into;
}

/** Index of a quote left open in text[start, end) by the frontend's lexer rules, or -1. */
function openQuote(text: string, start: number, end: number, escape: number): number {
  let quote = 0;
  let at = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === escape && quote === 34) i++;
    } else if (c === 39 || c === 34) {
      quote = c;
      at = i;
    } else if (c === escape) i++;
  }
  return quote ? at : -1;
}

/** Whether text[start, end) holds a quote or the escape character, i.e. `unquote` would change it. */
export function unquoteNeeded(text: string, start: number, end: number, escape: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === escape) return true;
  }
  return false;
}

/** A word's value as the frontend's lexer sees it: quotes removed, escapes resolved, variables kept. */
export function unquote(text: string, start: number, end: number, escape: number): string {
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === escape) break;
  }
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  let run = i;
  let quote = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 39) {
      if (c !== 39) continue;
      out += text.slice(run, i);
      run = i + 1;
      quote = 0;
    } else if (quote === 34) {
      if (c === 34) {
        out += text.slice(run, i);
        run = i + 1;
        quote = 0;
      } else if (c === escape && i + 1 < end) {
        const n = text.charCodeAt(i + 1);
        if (n === 34 || n === 36 || n === escape) {
          out += text.slice(run, i);
          run = ++i;
        }
      }
    } else if (c === 39 || c === 34) {
      out += text.slice(run, i);
      run = i + 1;
      quote = c;
    } else if (c === escape) {
      out += text.slice(run, i);
      run = ++i;
    }
  }
  return out + text.slice(run, Math.min(end, Math.max(run, end)));
}

/**
 * Index of a quote a POSIX shell would find unclosed in text[from, to), or -1. Follows the
 * shell: `\\` escapes outside single quotes, `#` at a word start begins a comment. Jumps from
 * one special character to the next, as RUN lines are most of a file: it keeps the next position
 * of each of the four characters and renews one with a native indexOf only once the scan has
 * passed it. Measured on the corpus RUN lines, about 1.5x faster than finding the next special
 * with a regex per step (itself about 2.5x faster than a charCodeAt loop).
 */
export function unterminatedQuote(text: string, from: number, to: number): number {
  let single = nextIndex(text, "'", from, to);
  let double = nextIndex(text, '"', from, to);
  let escape = nextIndex(text, '\\', from, to);
  let hash = nextIndex(text, '#', from, to);
  let i = from;
  for (;;) {
    if (single < i) single = nextIndex(text, "'", i, to);
    if (double < i) double = nextIndex(text, '"', i, to);
    if (escape < i) escape = nextIndex(text, '\\', i, to);
    if (hash < i) hash = nextIndex(text, '#', i, to);
    const at = Math.min(single, double, escape, hash);
    if (at >= to) return -1;
    if (at === escape) {
      i = at + 2;
      continue;
    }
    if (at === hash) {
      if (at === from || isWordBoundary(text.charCodeAt(at - 1))) return -1;
      i = at + 1;
      continue;
    }
    if (at === single) {
      const close = nextIndex(text, "'", at + 1, to);
      if (close >= to) return at;
      i = close + 1;
      continue;
    }
    // Double quote: `\\` escapes inside it.
    let k = at + 1;
    for (;;) {
      if (double < k) double = nextIndex(text, '"', k, to);
      if (escape < k) escape = nextIndex(text, '\\', k, to);
      const q = Math.min(double, escape);
      if (q >= to) return at;
      if (q === escape) {
        k = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
  }
}

/** Index of `c` in text[from, to), or `to` when it is not there. */
function nextIndex(text: string, c: string, from: number, to: number): number {
  const i = text.indexOf(c, from);
  return i < 0 || i > to ? to : i;
}

function isWordBoundary(c: number): boolean {
  return isSpace(c) || c === 59 || c === 38 || c === 124 || c === 40 || c === 41;
}

/**
 * The exec form: a JSON array of strings. Returns undefined when the text is not one, in which
 * case the frontend treats the instruction as shell form.
 */
export function parseJsonArray(text: string, from: number, to: number): JsonString[] | undefined {
  let i = skipSpaces(text, from, to);
  if (text.charCodeAt(i) !== 91) return undefined;
  i = skipSpaces(text, i + 1, to);
  const out: JsonString[] = [];
  if (text.charCodeAt(i) === 93) return skipSpaces(text, i + 1, to) === to ? out : undefined;
  for (;;) {
    if (text.charCodeAt(i) !== 34) return undefined;
    const start = i;
    let value = '';
    let runStart = ++i;
    for (;;) {
      if (i >= to) return undefined;
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) return undefined;
      if (c === 92) {
        value += text.slice(runStart, i);
        const e = text[i + 1];
        switch (e) {
          case '"': case '\\': case '/': value += e; break;
          case 'b': value += '\b'; break;
          case 'f': value += '\f'; break;
          case 'n': value += '\n'; break;
          case 'r': value += '\r'; break;
          case 't': value += '\t'; break;
          case 'u': {
            const hex = text.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
            value += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default: return undefined;
        }
        i += 2;
        runStart = i;
        continue;
      }
      i++;
    }
    value += text.slice(runStart, i);
    i++;
    out.push({ start, end: i, value });
    i = skipSpaces(text, i, to);
    const c = text.charCodeAt(i);
    if (c === 44) {
      i = skipSpaces(text, i + 1, to);
      continue;
    }
    if (c === 93) return skipSpaces(text, i + 1, to) === to ? out : undefined;
    return undefined;
  }
}

/** Offsets, relative to a JSON string token's start, of each character of its decoded value. */
export function jsonValueOffsets(raw: string): number[] {
  const offsets: number[] = [];
  for (let i = 1; i < raw.length - 1; i++) {
    offsets.push(i);
    if (raw.charCodeAt(i) === 92) i += raw[i + 1] === 'u' ? 5 : 1;
  }
  return offsets;
}
