/**
 * A fast reader for the block YAML that Compose files are written in, building the very nodes the
 * `yaml` package builds (Document, YAMLMap, YAMLSeq, Pair, Scalar, Alias, with the same ranges, scalar
 * types, values and anchors), so every consumer reads its tree unchanged.
 *
 * Why it exists: `yaml.parseDocument` (lexer, CST parser, composer) was half of all the time spent
 * linting Compose files; for the 150 corpus files it takes 113–125 ms against 21–25 ms here
 * (bundled, best of 40 runs on a shared 2-core machine; linting them all went from 154 to 50 ms).
 * The guide prefers the library, so this reader only takes inputs it is sure of: whenever the text
 * leaves the subset below, or anything looks like an error, it returns undefined and the caller
 * parses with `yaml`, which keeps yaml's exact behaviour and error messages.
 *
 * The subset: one document (an optional leading `---`), a block mapping or sequence at column 0,
 * nested block mappings and sequences (compact `- key: value` items too), plain, single- and
 * double-quoted scalars (as values also over several lines), `|` and `>` block scalars (clip or
 * strip chomping), flow sequences and mappings of scalars and aliases (over several lines too),
 * anchors on values, aliases, merge keys, and comments. Not kept: comment text (`comment`,
 * `commentBefore`, `spaceBefore`), which nothing here reads. The Kubernetes parse hands it each
 * `---`-separated document's text, so a file of many documents takes the fast path document by document.
 *
 * Ranges follow yaml's rules for where trailing comment lines belong (see `absorbIndented` and `closeRun`).
 */
import { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type Node, type ParsedNode, type ParseOptions, type SchemaOptions } from 'yaml';
import { decline, doubleQuoteEnd, doubleQuoted, doubleQuotedLines, plainScalar, plainTags, quoteEndAcrossLines, singleQuoteEnd, singleQuoted, singleQuotedLines, textScalar, Unsupported, type PlainContext } from './scalars';

export type FastYamlOptions = DocumentOptions & ParseOptions & SchemaOptions;

const LF = 10;
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const AMPERSAND = 38;
const STAR = 42;
const PIPE = 124;
const GREATER = 62;
const DQUOTE = 34;
const SQUOTE = 39;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Characters yaml treats specially (tabs, carriage returns, controls, byte-order marks): its own rules apply. */
const OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f\ufeff]/;

/** The document yaml.parseDocument would build from `text`, or undefined when the text is outside the subset. */
export function readYamlFast(text: string, options: FastYamlOptions): Document.Parsed | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  // What yaml's composer makes for a document before reading its content (the schema for the options).
  const doc = new Document(undefined, options) as Document.Parsed;
  try {
    new BlockReader(text, doc).read();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return doc;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** Anchor and alias names kept to the usual letters, digits, `_`, `-` and `.`; others go to yaml. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH || c === 46;
}

class BlockReader {
  private pos = 0;
  /** The next content line found by `skipTrivia`: its start and the column of its first character (-1 at the end). */
  private nextLine = 0;
  private nextCol = -1;
  /**
   * The largest column of a comment line in the blank and comment lines `skipTrivia` passed over
   * (-1 when there was none). yaml hands such a run to the innermost collection that ends there
   * unless every comment in it sits left of that collection's column.
   */
  private runComment = -1;
  /** Whether the document's content has begun: from then on a `---` or `...` line is left to yaml. */
  private started = false;
  /**
   * Whether the last value read was empty (`key:` and nothing below). yaml keeps the lines after
   * an empty value with its `:`, so they never reach the document's end and its range stops there.
   */
  private endsEmpty = false;
  private readonly len: number;
  private readonly ctx: PlainContext;

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {
    this.len = text.length;
    this.ctx = { tags: plainTags(doc), options: doc.options };
  }

  read(): void {
    const { text, doc } = this;
    this.skipTrivia(0);
    // Comment lines before the document are not part of it: it starts at `---` or at its content.
    const docOffset = this.nextLine;
    if (this.nextCol === 0 && text.startsWith('---', this.nextLine) && this.endsToken(this.nextLine + 3)) {
      doc.directives.docStart = true;
      this.skipTrivia(this.lineRest(this.nextLine + 3));
    }
    if (this.nextCol !== 0) decline();
    this.started = true;
    const start = this.nextLine;
    const contents = this.isSeqItem(start) ? this.parseSeq(start, 0, false) : this.parseMap(start, 0);
    if (!this.atEnd()) decline();
    // yaml's `Parsed` types say "every node has its range", which holds here too.
    doc.contents = contents as ParsedNode;
    const contentEnd = contents.range?.[2] ?? 0;
    doc.range = [docOffset, contentEnd, this.endsEmpty ? contentEnd : this.len];
  }

  private atEnd(): boolean {
    return this.nextCol < 0;
  }

  /** Whether the character at `i` ends a token: a space, a line break or the end of the text. */
  private endsToken(i: number): boolean {
    if (i >= this.len) return true;
    const c = this.text.charCodeAt(i);
    return c === SPACE || c === LF;
  }

  private isSeqItem(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && this.endsToken(p + 1);
  }

  /** After a token at `i`: only spaces and a comment may follow on the line; returns the next line's start. */
  private lineRest(i: number): number {
    const text = this.text;
    let j = i;
    while (text.charCodeAt(j) === SPACE) j++;
    if (j >= this.len) return this.len;
    const c = text.charCodeAt(j);
    if (c !== LF && (c !== HASH || j === i)) decline();
    const nl = text.indexOf('\n', j);
    return nl < 0 ? this.len : nl + 1;
  }

  /** Passes blank and comment lines from the line start `from`, stopping at the next content line. */
  private skipTrivia(from: number): void {
    const text = this.text;
    let line = from;
    this.runComment = -1;
    while (line < this.len) {
      let i = line;
      while (text.charCodeAt(i) === SPACE) i++;
      if (i >= this.len) break;
      const c = text.charCodeAt(i);
      if (c === LF) {
        line = i + 1;
        continue;
      }
      const col = i - line;
      if (c === HASH) {
        if (col > this.runComment) this.runComment = col;
        const nl = text.indexOf('\n', i);
        line = nl < 0 ? this.len : nl + 1;
        continue;
      }
      // A document marker: a second document or an end marker, both left to yaml.
      if (col === 0 && this.started && (text.startsWith('---', i) || text.startsWith('...', i)) && this.endsToken(i + 3)) decline();
      this.nextLine = line;
      this.nextCol = col;
      return;
    }
    this.nextLine = this.len;
    this.nextCol = -1;
  }

  /**
   * Comment lines indented deeper than the collection holding a one-line value (blank lines
   * between included) belong to that value in yaml: its range ends after them.
   * Returns the new end, or -1 when there was no such line.
   */
  private absorbIndented(indent: number): number {
    const text = this.text;
    let end = -1;
    let line = this.pos;
    while (line < this.len) {
      let i = line;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (c === LF) {
        line = i + 1;
        continue;
      }
      if (c !== HASH || i - line <= indent) break;
      const nl = text.indexOf('\n', i);
      line = nl < 0 ? this.len : nl + 1;
      end = line;
      this.pos = line;
    }
    return end;
  }

  /** Ends a one-line value whose text stops at `after`: the end of its range, with `pos` at the next line. */
  private finishLine(after: number, indent: number): number {
    this.endsEmpty = false;
    this.pos = this.lineRest(after);
    const absorbed = this.absorbIndented(indent);
    return absorbed < 0 ? this.pos : absorbed;
  }

  /**
   * A collection at `indent` ended with its last value's range ending at `offset`. The blank and
   * comment lines after it stay in it (and extend its range to the next content) only when one of
   * the comments is at or right of its column; a collection at column 0 always passes them on.
   */
  private closeRun(indent: number, offset: number): number {
    if (this.runComment < 0 || indent === 0 || this.runComment < indent) return offset;
    this.runComment = -1;
    return this.atEnd() ? this.len : this.nextLine + this.nextCol;
  }

  private parseMap(start: number, indent: number): YAMLMap {
    const map = new YAMLMap(this.doc.schema);
    const keys = new Set<unknown>();
    let p = start;
    let offset = start;
    for (;;) {
      const key = this.readKey(p);
      // uniqueKeys: yaml reports a repeated key as an error. Merge keys are fresh symbols, never equal.
      if (typeof key.value !== 'symbol') {
        if (keys.has(key.value)) decline();
        keys.add(key.value);
      }
      const value = this.readValue(indent, false);
      map.items.push(new Pair(key, value));
      offset = value.range?.[2] ?? offset;
      this.skipTrivia(this.pos);
      if (this.nextCol !== indent) break;
      p = this.nextLine + indent;
      if (this.isSeqItem(p)) decline();
    }
    if (this.nextCol > indent) decline();
    map.range = [start, offset, this.closeRun(indent, offset)];
    return map;
  }

  /** `underKey`: the sequence is a mapping's value written at the mapping's own column, so a key line may end it. */
  private parseSeq(start: number, indent: number, underKey: boolean): YAMLSeq {
    const seq = new YAMLSeq(this.doc.schema);
    let p = start;
    let offset = start;
    for (;;) {
      this.pos = p + 1;
      const item = this.readValue(indent, true);
      seq.items.push(item);
      offset = item.range?.[2] ?? offset;
      this.skipTrivia(this.pos);
      if (this.nextCol !== indent) break;
      p = this.nextLine + indent;
      if (!this.isSeqItem(p)) {
        if (!underKey) decline();
        break;
      }
    }
    if (this.nextCol > indent) decline();
    seq.range = [start, offset, this.closeRun(indent, offset)];
    return seq;
  }

  /** A block mapping key at `p`, plain or quoted; leaves `pos` after its `:`. */
  private readKey(p: number): Scalar {
    const text = this.text;
    const c = text.charCodeAt(p);
    let key: Scalar;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = c === DQUOTE ? doubleQuoteEnd(text, p) : singleQuoteEnd(text, p);
      if (close < 0) decline();
      const value = c === DQUOTE ? doubleQuoted(text, p, close) : singleQuoted(text, p, close);
      key = textScalar(value, c === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, p, close + 1, close + 1);
      colon = close + 1;
      while (text.charCodeAt(colon) === SPACE) colon++;
      if (text.charCodeAt(colon) !== COLON || !this.endsToken(colon + 1)) decline();
    } else {
      if (!this.plainStart(p)) decline();
      let i = p;
      for (;;) {
        if (i >= this.len) decline();
        const k = text.charCodeAt(i);
        if (k === LF) decline();
        if (k === COLON && this.endsToken(i + 1)) break;
        if (k === HASH && text.charCodeAt(i - 1) === SPACE) decline();
        i++;
      }
      colon = i;
      while (text.charCodeAt(i - 1) === SPACE) i--;
      key = plainScalar(this.ctx, text.slice(p, i), true, p, i, i);
    }
    // yaml's strict mode (its default) reports a `:` more than 1024 characters after the key's start.
    if (colon - p > 1024) decline();
    this.pos = colon + 1;
    return key;
  }

  /** Whether a plain scalar may start at `p` in block context (no indicator yaml would read otherwise). */
  private plainStart(p: number): boolean {
    const c = this.text.charCodeAt(p);
    // `-`, `?` and `:` are indicators only before a space or line end.
    if (c === DASH || c === 63 || c === COLON) return !this.endsToken(p + 1);
    // # & * ! | > ' " % @ ` and the flow indicators
    return !(c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || isFlowIndicator(c));
  }

  private nameEnd(p: number): number {
    let i = p;
    while (i < this.len && isNameChar(this.text.charCodeAt(i))) i++;
    if (i === p || !this.endsToken(i)) decline();
    return i;
  }

  /**
   * The value after a mapping's `:` or a sequence's `-` (`pos` right after it), held by a collection
   * at column `indent`. Leaves `pos` at the start of the line after the value.
   */
  private readValue(indent: number, inSeq: boolean): Node {
    const text = this.text;
    const after = this.pos;
    let p = after;
    while (text.charCodeAt(p) === SPACE) p++;
    if (text.charCodeAt(p) === AMPERSAND) {
      const end = this.nameEnd(p + 1);
      const name = text.slice(p + 1, end);
      let q = end;
      while (text.charCodeAt(q) === SPACE) q++;
      const c = text.charCodeAt(q);
      const node = q >= this.len || c === LF || c === HASH ? this.nestedValue(q, indent, inSeq, true) : this.inlineValue(q, indent, inSeq, true);
      // An alias cannot carry an anchor.
      if (node instanceof Alias) decline();
      node.anchor = name;
      return node;
    }
    const c = text.charCodeAt(p);
    if (p >= this.len || c === LF || c === HASH) return this.nestedValue(p, indent, inSeq, false);
    return this.inlineValue(p, indent, inSeq, false);
  }

  /** Nothing more on the value's line (`p` at its end or its comment): a nested collection, or an empty value. */
  private nestedValue(p: number, indent: number, inSeq: boolean, anchored: boolean): Node {
    const text = this.text;
    const sameLineComment = text.charCodeAt(p) === HASH;
    const nl = text.indexOf('\n', p);
    const next = nl < 0 ? this.len : nl + 1;
    this.skipTrivia(next);
    const col = this.nextCol;
    const start = this.nextLine + col;
    // `key:` then `&name` alone on the next line: the anchor belongs to the collection below it.
    if (col > indent && !anchored && text.charCodeAt(start) === AMPERSAND) {
      const end = this.nameEnd(start + 1);
      const rest = this.skipSpaces(end);
      if (rest < this.len && text.charCodeAt(rest) !== LF && text.charCodeAt(rest) !== HASH) decline();
      const node = this.nestedValue(rest, indent, inSeq, true);
      node.anchor = text.slice(start + 1, end);
      return node;
    }
    if (col > indent && (text.charCodeAt(start) === OPEN_BRACKET || text.charCodeAt(start) === OPEN_BRACE)) return this.flowCollection(start, indent);
    if (col > indent) return this.isSeqItem(start) ? this.parseSeq(start, col, false) : this.parseMap(start, col);
    if (col === indent && !inSeq && this.isSeqItem(start)) return this.parseSeq(start, col, true);
    // An empty value: yaml places it after the indicator and its spaces. Comments around it, or an
    // empty sequence item or anchor, change where yaml puts things: left to it.
    if (inSeq || anchored || sameLineComment || this.runComment >= 0) decline();
    this.pos = next;
    this.endsEmpty = true;
    return plainScalar(this.ctx, '', false, p, p, p);
  }

  /** A value starting at `p` on the indicator's line. */
  private inlineValue(p: number, indent: number, inSeq: boolean, anchored: boolean): Node {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === STAR) {
      if (anchored) decline();
      const end = this.nameEnd(p + 1);
      const alias = new Alias(text.slice(p + 1, end));
      alias.range = [p, end, this.finishLine(end, indent)];
      return alias;
    }
    if (c === PIPE || c === GREATER) return this.blockScalar(p, indent);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.flowCollection(p, indent);
    if (c === DQUOTE || c === SQUOTE) {
      const close = c === DQUOTE ? doubleQuoteEnd(text, p) : singleQuoteEnd(text, p);
      if (close < 0) return this.quotedLines(p, indent);
      if (inSeq && this.keyFollows(close + 1)) return this.compactMap(p, anchored);
      const value = c === DQUOTE ? doubleQuoted(text, p, close) : singleQuoted(text, p, close);
      const scalar = textScalar(value, c === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, p, close + 1, 0);
      scalar.range = [p, close + 1, this.finishLine(close + 1, indent)];
      return scalar;
    }
    if (!this.plainStart(p)) decline();
    let i = p;
    while (i < this.len) {
      const k = text.charCodeAt(i);
      if (k === LF || (k === HASH && text.charCodeAt(i - 1) === SPACE)) break;
      if (k === COLON && this.endsToken(i + 1)) return this.compactMap(inSeq ? p : -1, anchored);
      i++;
    }
    const stop = i;
    while (text.charCodeAt(i - 1) === SPACE) i--;
    const first = text.slice(p, i);
    const more = text.charCodeAt(stop) === LF ? this.plainContinuation(stop + 1, indent, first) : undefined;
    const end = more ? more.end : i;
    const scalar = plainScalar(this.ctx, more ? more.value : first, false, p, end, 0);
    scalar.range = [p, end, this.finishLine(end, indent)];
    return scalar;
  }

  /**
   * The lines that continue a plain scalar whose first line is `first`: yaml's lexer continues it on
   * every line indented deeper than the collection holding it (`indent`), blank lines between
   * included, and folds them as `>` does. Long CRD descriptions and wrapped commands are written so.
   * Returns the folded value and the end of the last line's text, or undefined when no line continues it.
   */
  private plainContinuation(from: number, indent: number, first: string): { value: string; end: number } | undefined {
    const text = this.text;
    const lines = [first];
    let blanks = 0;
    let end = -1;
    let line = from;
    while (line < this.len) {
      let k = line;
      while (text.charCodeAt(k) === SPACE) k++;
      const nl = text.indexOf('\n', k);
      const lineEnd = nl < 0 ? this.len : nl;
      if (k === lineEnd) {
        blanks++;
        line = lineEnd + 1;
        continue;
      }
      // A comment line ends the scalar; what follows is read as after a one-line value.
      if (k - line <= indent || text.charCodeAt(k) === HASH) break;
      let e = lineEnd;
      let comment = false;
      for (let j = k; j < e; j++) {
        const c = text.charCodeAt(j);
        // Indicators are text here (`- x`, `[y]`, a backtick), but `: ` makes an error in yaml: left to it.
        if (c === COLON && (j + 1 === e || text.charCodeAt(j + 1) === SPACE)) decline();
        // A comment ends the scalar on this line.
        if (c === HASH && text.charCodeAt(j - 1) === SPACE) {
          e = j;
          comment = true;
        }
      }
      while (text.charCodeAt(e - 1) === SPACE) e--;
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(text.slice(k, e));
      end = e;
      if (comment) break;
      line = lineEnd + 1;
    }
    return end < 0 ? undefined : { value: fold(lines), end };
  }

  /**
   * A quoted value over several lines (long descriptions in CRDs, scripts in ConfigMaps). yaml's lexer
   * ends it early, an error, at a line not indented deeper than the collection holding it: left to yaml.
   */
  private quotedLines(p: number, indent: number): Scalar {
    const text = this.text;
    const close = quoteEndAcrossLines(text, p);
    if (close < 0) decline();
    for (let nl = text.indexOf('\n', p); nl >= 0 && nl < close; nl = text.indexOf('\n', nl + 1)) {
      let k = nl + 1;
      while (text.charCodeAt(k) === SPACE) k++;
      if (text.charCodeAt(k) !== LF && k - (nl + 1) <= indent) decline();
    }
    // A quoted scalar over several lines cannot be a key.
    if (this.keyFollows(close + 1)) decline();
    const double = text.charCodeAt(p) === DQUOTE;
    const value = double ? doubleQuotedLines(text, p, close) : singleQuotedLines(text, p, close);
    const scalar = textScalar(value, double ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, p, close + 1, 0);
    scalar.range = [p, close + 1, this.finishLine(close + 1, indent)];
    return scalar;
  }

  /** Whether `: ` follows (after spaces) at `i`: the scalar before it is a mapping key. */
  private keyFollows(i: number): boolean {
    let j = i;
    while (this.text.charCodeAt(j) === SPACE) j++;
    return this.text.charCodeAt(j) === COLON && this.endsToken(j + 1);
  }

  /** `- key: value`: a mapping starting on the item's line. `p` -1: a key where only a value may stand. */
  private compactMap(p: number, anchored: boolean): YAMLMap {
    // An anchor before the key belongs to the key in yaml; `a: b: c` is an error.
    if (p < 0 || anchored) decline();
    return this.parseMap(p, p - (this.text.lastIndexOf('\n', p - 1) + 1));
  }

  /** `|` or `>` at `p`, in a collection at column `indent`. */
  private blockScalar(p: number, indent: number): Scalar {
    const text = this.text;
    const literal = text.charCodeAt(p) === PIPE;
    let i = p + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    // Keep chomping and explicit indentation are rare; yaml handles them.
    const next = text.charCodeAt(i);
    if (next === 43 || (next >= 48 && next <= 57)) decline();
    let line = this.lineRest(i);
    if (line >= this.len) decline();
    const lines: string[] = [];
    let blockIndent = -1;
    let leading = 0;
    let end = -1;
    let contentLines = 0;
    while (line < this.len) {
      let k = line;
      while (text.charCodeAt(k) === SPACE) k++;
      const nl = text.indexOf('\n', k);
      const lineEnd = nl < 0 ? this.len : nl;
      if (k === lineEnd) {
        const width = k - line;
        if (blockIndent < 0) leading = Math.max(leading, width);
        else if (width > blockIndent) decline();
        lines.push('');
        line = lineEnd + 1;
        continue;
      }
      const col = k - line;
      if (blockIndent < 0) {
        if (col <= indent) break;
        if (leading > col) decline();
        blockIndent = col;
      } else if (col < blockIndent) break;
      // Folding around more-indented lines has its own rules: left to yaml.
      if (!literal && col > blockIndent) decline();
      lines.push(text.slice(line + blockIndent, lineEnd));
      contentLines = lines.length;
      end = nl < 0 ? this.len : nl + 1;
      line = end;
    }
    if (blockIndent < 0) decline();
    lines.length = contentLines;
    if (!literal && lines[0] === '') decline();
    const body = literal ? lines.join('\n') : fold(lines);
    this.pos = end;
    this.endsEmpty = false;
    return textScalar(strip ? body : body + '\n', literal ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED, p, end, end);
  }

  /** A flow sequence or mapping of scalars and aliases (not nested collections). */
  private flowCollection(p: number, indent: number): YAMLMap | YAMLSeq {
    const text = this.text;
    const isMap = text.charCodeAt(p) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const coll = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    coll.flow = true;
    const keys = new Set<unknown>();
    let i = this.skipFlowSpace(p + 1, indent, close);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        const item = this.flowItem(i, isMap, indent, close);
        i = this.pos;
        if (isMap) {
          if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE || !(item instanceof Scalar)) decline();
          if (item.range) item.range[2] = item.range[1];
          if (keys.has(item.value)) decline();
          keys.add(item.value);
          const value = this.flowItem(this.skipSpaces(i + 1), false, indent, close);
          (coll as YAMLMap).items.push(new Pair(item, value));
          i = this.pos;
        } else {
          if (text.charCodeAt(i) === COLON) decline();
          (coll as YAMLSeq).items.push(item);
        }
        const c = text.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) decline();
        i = this.skipFlowSpace(i + 1, indent, close);
        // A trailing comma adds no item.
        if (text.charCodeAt(i) === close) break;
      }
    }
    coll.range = [p, i + 1, this.finishLine(i + 1, indent)];
    return coll;
  }

  /**
   * Spaces and line breaks inside a flow collection held by a block collection at `indent`. Each
   * new line must be indented deeper than that collection (the closing bracket may sit at its
   * column); comments inside the brackets are left to yaml.
   */
  private skipFlowSpace(i: number, indent: number, close: number): number {
    const text = this.text;
    let j = i;
    for (;;) {
      while (text.charCodeAt(j) === SPACE) j++;
      if (text.charCodeAt(j) !== LF) break;
      const line = ++j;
      while (text.charCodeAt(j) === SPACE) j++;
      const c = text.charCodeAt(j);
      if (c !== LF && j - line <= indent && !(c === close && j - line === indent)) decline();
    }
    if (j >= this.len || text.charCodeAt(j) === HASH) decline();
    return j;
  }

  private skipSpaces(i: number): number {
    let j = i;
    while (this.text.charCodeAt(j) === SPACE) j++;
    return j;
  }

  /** A scalar or alias inside a flow collection; `pos` is left at the next non-space. */
  private flowItem(p: number, atKey: boolean, indent: number, close: number): Scalar | Alias {
    const text = this.text;
    const c = text.charCodeAt(p);
    let node: Scalar | Alias;
    let end: number;
    if (c === DQUOTE || c === SQUOTE) {
      const close = c === DQUOTE ? doubleQuoteEnd(text, p) : singleQuoteEnd(text, p);
      if (close < 0) decline();
      end = close + 1;
      node = textScalar(c === DQUOTE ? doubleQuoted(text, p, close) : singleQuoted(text, p, close), c === DQUOTE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, p, end, end);
    } else if (c === STAR) {
      end = p + 1;
      while (end < this.len && isNameChar(text.charCodeAt(end))) end++;
      if (end === p + 1) decline();
      node = new Alias(text.slice(p + 1, end));
    } else {
      if (!this.plainStart(p) || (c === DASH && text.charCodeAt(p + 1) === COMMA)) decline();
      end = p;
      while (end < this.len) {
        const k = text.charCodeAt(end);
        if (k === LF || isFlowIndicator(k)) break;
        if (k === COLON) {
          const n = text.charCodeAt(end + 1);
          if (n === SPACE || n === LF || isFlowIndicator(n) || end + 1 >= this.len) break;
        }
        if (k === HASH && text.charCodeAt(end - 1) === SPACE) decline();
        end++;
      }
      while (text.charCodeAt(end - 1) === SPACE) end--;
      node = plainScalar(this.ctx, text.slice(p, end), atKey, p, end, end);
    }
    const next = this.skipFlowSpace(end, indent, close);
    node.range = [p, end, next];
    this.pos = next;
    return node;
  }
}

/** `>` folding: a single line break between lines becomes a space; each blank line keeps one break. */
function fold(lines: string[]): string {
  let out = lines[0];
  let i = 1;
  while (i < lines.length) {
    let breaks = 0;
    while (lines[i] === '') {
      breaks++;
      i++;
    }
    out += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + lines[i];
    i++;
  }
  return out;
}
