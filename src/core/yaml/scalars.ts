/**
 * Scalar values for the fast YAML reader, resolved exactly as the `yaml` package resolves them: plain
 * scalars go through the document schema's own tags (core schema, plus the merge key when `merge` is
 * on), so `80`, `true`, `~`, `0x1F` and `<<` get the same values, formats and classes.
 */
import { Scalar, type Document, type Schema } from 'yaml';

export type ScalarTag = Extract<Schema['tags'][number], { test?: RegExp }>;

/** Thrown when the input leaves the subset the fast reader is sure of; the caller then falls back to `yaml`. */
export class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported('outside the fast YAML subset');

export function decline(): never {
  throw UNSUPPORTED;
}

/** The tags yaml tries on a plain scalar, in its order. */
export function plainTags(doc: Document): ScalarTag[] {
  return doc.schema.tags.filter((t): t is ScalarTag => !t.collection && (t.default === true || t.default === 'key') && t.test !== undefined);
}

/**
 * A plain scalar can only be something other than a string when it starts with one of these
 * characters (the first characters the core schema's tests and the merge key accept); checking
 * that first skips eight regular expressions for the usual `image: nginx`.
 */
function mayBeTyped(first: number): boolean {
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46 || first === 126 || first === 60 || first === 110 || first === 78 || first === 116 || first === 84 || first === 102 || first === 70;
}

export interface PlainContext {
  tags: ScalarTag[];
  options: Document['options'];
}

export function plainScalar(ctx: PlainContext, source: string, atKey: boolean, start: number, end: number, after: number): Scalar {
  let scalar: Scalar | undefined;
  if (source.length === 0 || mayBeTyped(source.charCodeAt(0))) {
    for (const tag of ctx.tags) {
      if (tag.default !== true && !(atKey && tag.default === 'key')) continue;
      if (!tag.test?.test(source)) continue;
      const res = tag.resolve(source, decline, ctx.options);
      scalar = res instanceof Scalar ? res : new Scalar(res);
      if (tag.format) scalar.format = tag.format;
      break;
    }
  }
  scalar ??= new Scalar(source);
  scalar.range = [start, end, after];
  scalar.source = source;
  scalar.type = Scalar.PLAIN;
  return scalar;
}

export function textScalar(value: string, type: Scalar.Type, start: number, end: number, after: number): Scalar {
  const scalar = new Scalar(value);
  scalar.range = [start, end, after];
  scalar.source = value;
  scalar.type = type;
  return scalar;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The value of a one-line double-quoted scalar whose quotes are at `open` and `close`. */
export function doubleQuoted(text: string, open: number, close: number): string {
  const body = text.slice(open + 1, close);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const code = body[++i];
    const simple = ESCAPES[code];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[code];
    const hex = length ? body.slice(i + 1, i + 1 + length) : '';
    if (!length || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) decline();
    const point = parseInt(hex, 16);
    if (point > 0x10ffff) decline();
    out += String.fromCodePoint(point);
    i += length;
  }
  return out;
}

/** Where the double-quoted scalar opened at `open` closes on its line, or -1. */
export function doubleQuoteEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i;
    if (c === 10) return -1;
    // An escaped line break continues the scalar on the next line: outside the one-line subset.
    if (c === 92 && text.charCodeAt(++i) === 10) return -1;
  }
  return -1;
}

/** Where the single-quoted scalar opened at `open` closes on its line (a doubled quote stays inside), or -1. */
export function singleQuoteEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c === 39) {
      if (text.charCodeAt(i + 1) !== 39) return i;
      i++;
    }
  }
  return -1;
}

export function singleQuoted(text: string, open: number, close: number): string {
  const body = text.slice(open + 1, close);
  return body.includes("''") ? body.replaceAll("''", "'") : body;
}

/**
 * Where a quoted scalar opened at `open` closes, over any number of lines (a backslash escapes the
 * next character in double quotes, a doubled quote stays inside single ones), or -1.
 */
export function quoteEndAcrossLines(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92) i++;
    else if (c === quote) {
      if (quote === 34 || text.charCodeAt(i + 1) !== 39) return i;
      i++;
    }
  }
  return -1;
}

/**
 * The value of a double-quoted scalar over several lines, as yaml's `doubleQuotedValue` computes it:
 * spaces before a line break dropped, a line break folded to a space (or kept, one per blank line),
 * the next line's indentation dropped, an escaped line break joining the lines without a space.
 */
export function doubleQuotedLines(text: string, open: number, close: number): string {
  let out = '';
  for (let i = open + 1; i < close; i++) {
    const ch = text[i];
    if (ch === '\n') {
      let fold = '';
      while (text[i + 1] === ' ' || text[i + 1] === '\n') {
        if (text[i + 1] === '\n') fold += '\n';
        i++;
      }
      out += fold || ' ';
    } else if (ch === '\\') {
      const code = text[++i];
      const simple = ESCAPES[code];
      const length = HEX_LENGTH[code];
      if (simple !== undefined) out += simple;
      else if (code === '\n') while (text[i + 1] === ' ') i++;
      else if (length) {
        const hex = text.slice(i + 1, i + 1 + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) decline();
        const point = parseInt(hex, 16);
        if (point > 0x10ffff) decline();
        out += String.fromCodePoint(point);
        i += length;
      } else decline();
    } else if (ch === ' ') {
      const start = i;
      while (text[i + 1] === ' ') i++;
      if (text[i + 1] !== '\n') out += text.slice(start, i + 1);
    } else out += ch;
  }
  return out;
}

/** The value of a single-quoted scalar over several lines, as yaml's `unfoldLines` folds it. */
export function singleQuotedLines(text: string, open: number, close: number): string {
  const lines = text.slice(open + 1, close).split('\n');
  let out = lines[0].replace(/ +$/, '');
  let sep = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i].replace(/^ +| +$/g, '');
    if (line === '') {
      if (sep === '\n') out += sep;
      else sep = '\n';
    } else {
      out += sep + line;
      sep = ' ';
    }
  }
  out += sep + lines[lines.length - 1].replace(/^ +/, '');
  return out.replaceAll("''", "'");
}
