/**
 * A cheap pre-scan for YAML nested too deeply to analyse. The `yaml` package and the checks walk the
 * tree recursively, so 10,000 nested `[` or indented keys exhaust the stack; catching the RangeError
 * afterwards leaves only "Maximum call stack size exceeded" to show. One pass over the text finds the
 * place first, so the parser never sees such a document and the user gets a message that says why.
 *
 * The depth counted is block indentation levels (a `- ` entry opens one too) plus open flow
 * collections. It is an estimate on the safe side of the parser, not a YAML parser: block scalar
 * text (`|`, `>`) and quoted strings are skipped, and `[`/`{` opens a flow collection only where a
 * value starts, as in YAML.
 */

/**
 * Far beyond real files (the deepest manifest in our 947-file corpus is about 35 levels; a CRD schema
 * rarely passes 60) and well under the depth where the parser runs out of stack (about 1,000).
 */
export const MAX_YAML_NESTING = 500;

export interface TooDeep {
  /** Offset of the first character nested deeper than the limit. */
  offset: number;
  limit: number;
}

/** Where `text` first nests deeper than `limit`, or undefined when it never does. */
export function excessiveNesting(text: string, limit = MAX_YAML_NESTING): TooDeep | undefined {
  if (depthBound(text) <= limit) return undefined;
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent = -1;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let i = pos;
    while (i < eol && text.charCodeAt(i) === 32) i++;
    const indent = i - pos;
    const blank = i >= eol || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 35; /* # */
    if (blockScalarIndent >= 0 && (blank || indent > blockScalarIndent)) {
      pos = eol + 1;
      continue;
    }
    blockScalarIndent = -1;
    if (blank) {
      pos = eol + 1;
      continue;
    }
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      // `- - - x`: each dash after the first opens a sequence inside the one before.
      for (let dash = 0; text.charCodeAt(i) === 45 /* - */ && (text.charCodeAt(i + 1) === 32 || i + 1 >= eol); dash++) {
        if (dash > 0) indents.push(i - pos);
        i += 2;
        while (i < eol && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length > limit) return { offset: Math.min(i, eol), limit };
    }
    const scanned = scanLine(text, i, eol, flow, indents.length, limit);
    if (typeof scanned === 'number') return { offset: scanned, limit };
    flow = scanned.flow;
    if (flow === 0 && scanned.opensBlockScalar) blockScalarIndent = indent;
    pos = eol + 1;
  }
  return undefined;
}

/**
 * An upper bound on the depth the scan below can count, found without reading each line through:
 * the block levels form a strictly rising stack of columns, each within a line's leading run of
 * spaces and `- `, and flow depth never exceeds the number of `[` and `{` in the text. Real files stay
 * far under the limit, so the full scan (2–3% of a Compose lint) runs only for suspicious ones.
 */
function depthBound(text: string): number {
  let brackets = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) brackets++;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) brackets++;
  let widestLead = 0;
  for (let pos = 0; pos < text.length; ) {
    let i = pos;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 45 /* - */) i++;
    if (i - pos > widestLead) widestLead = i - pos;
    const eol = text.indexOf('\n', i);
    if (eol < 0) break;
    pos = eol + 1;
  }
  return widestLead + 1 + brackets;
}

/** Flow brackets on one line (outside quotes and comments); a number is the offset where the limit is passed. */
function scanLine(text: string, from: number, eol: number, startFlow: number, block: number, limit: number): { flow: number; opensBlockScalar: boolean } | number {
  let flow = startFlow;
  // Where a value may start: the line start, or just after `: `, `- `, `,` or an opening bracket.
  let valueStart = true;
  let last = -1;
  for (let i = from; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 35 /* # */ && (i === from || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) break;
    if ((c === 34 || c === 39) && valueStart) {
      // A quoted scalar: skip to its closing quote on this line (a multi-line one ends the scan of the line).
      const close = skipQuoted(text, i, eol, c);
      if (close < 0) return { flow, opensBlockScalar: false };
      i = close;
      valueStart = false;
      last = c;
      continue;
    }
    if ((c === 91 || c === 123) && (valueStart || flow > 0)) {
      flow++;
      if (block + flow > limit) return i;
      valueStart = true;
      last = c;
      continue;
    }
    if ((c === 93 || c === 125) && flow > 0) {
      flow--;
      valueStart = false;
      last = c;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    valueStart = (c === 58 /* : */ && (next === 32 || i + 1 >= eol || flow > 0)) || (c === 45 && next === 32 && valueStart) || (c === 44 && flow > 0);
    last = c;
  }
  // `key: |`, `- >-`, `key: |2+`: the lines below are text.
  const tail = text.slice(Math.max(from, eol - 8), eol).replace(/\s*(?:#.*)?\r?$/, '');
  const opensBlockScalar = last !== -1 && /(?:^|[\s:-])[|>][-+0-9]*$/.test(tail);
  return { flow, opensBlockScalar };
}

function skipQuoted(text: string, open: number, eol: number, quote: number): number {
  for (let i = open + 1; i < eol; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \ */) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}
