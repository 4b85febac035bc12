/**
 * First pass over a Dockerfile, line by line as the BuildKit frontend reads it: parser
 * directives at the top, comments, instructions joined across continuation lines (skipping
 * comment and blank lines inside them), and heredoc bodies after the instruction that opens them.
 */
import type { Comment, Directive, Token } from './model';
import type { LogicalLine, TokenFactory } from './source';
import { splitWords, unquote, skipSpaces } from './words';
import { keywordAt, type KeywordInfo } from './instructions';
import { InstructionNode } from './instructionNode';

export interface RawHeredoc {
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  /** Logical offsets of the `<<EOF` word. */
  markerStart: number;
  markerEnd: number;
  bodyStart: number;
  bodyEnd: number;
  /** File offsets of the terminator line's text; undefined when unterminated. */
  terminatorStart?: number;
  terminatorEnd?: number;
}

export interface MisplacedDirective {
  name: string;
  token: Token;
}

export interface LexResult {
  directives: Directive[];
  duplicateDirectives: Directive[];
  misplacedDirectives: MisplacedDirective[];
  escape: number;
  comments: Comment[];
  /** Each with its joined line, keyword, end, comments above and heredocs; the parser fills in the rest. */
  instructions: InstructionNode[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const HEREDOC_WORD = /^(\d*)<<(-?)([^<]*)$/;

export function lex(text: string, tokens: TokenFactory): LexResult {
  const directives: Directive[] = [];
  const duplicateDirectives: Directive[] = [];
  const misplacedDirectives: MisplacedDirective[] = [];
  const comments: Comment[] = [];
  const instructions: InstructionNode[] = [];
  let escape = 92;
  let directivesDone = false;
  /** Where the block of comments right above the current line starts in `comments`; -1 when a blank line or instruction broke it. */
  let pendingFrom = -1;
  const len = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  // Current physical line: [ls, le) is its text without the line break; next is the following line's start.
  let ls = 0;
  let le = 0;
  let next = pos;
  // Every line passes through readLine, so it also records the line starts for the LineIndex (see the end).
  // A plain array: a typed array per file (its buffer is allocated outside the heap) measured about 4% slower on the corpus lint.
  const lineStarts = new Array<number>((len >> 5) + 16);
  lineStarts[0] = 0;
  let lineCount = 1;
  const readLine = (): boolean => {
    if (next >= len) return false;
    ls = next;
    let i = text.indexOf('\n', ls);
    if (i < 0) i = len;
    else lineStarts[lineCount++] = i + 1;
    next = i + 1;
    le = i > ls && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
    return true;
  };
  if (len === 0) return { directives, duplicateDirectives, misplacedDirectives, escape, comments, instructions };

  while (readLine()) {
    const first = skipSpaces(text, ls, le);
    const isComment = first < le && text.charCodeAt(first) === 35;
    if (!directivesDone) {
      const m = isComment ? directiveAt(text, first, le) : undefined;
      const name = m ? text.slice(m.nameStart, m.nameEnd).toLowerCase() : '';
      if (m && KNOWN_DIRECTIVES.has(name)) {
        const value = text.slice(m.valueStart, m.valueEnd);
        const directive: Directive = {
          name,
          value,
          token: tokens.file(first, le),
          nameToken: tokens.file(m.nameStart, m.nameEnd),
          valueToken: tokens.file(m.valueStart, m.valueEnd),
        };
        if (directives.some((d) => d.name === name)) duplicateDirectives.push(directive);
        else {
          directives.push(directive);
          if (name === 'escape' && (value === '`' || value === '\\')) escape = value.charCodeAt(0);
        }
        continue;
      }
      directivesDone = true;
    }
    if (isComment) {
      const c = commentAt(text, tokens, first, le);
      if (pendingFrom < 0) pendingFrom = comments.length;
      comments.push(c);
      const m = directiveAt(text, first, le);
      const name = m ? text.slice(m.nameStart, m.nameEnd).toLowerCase() : '';
      if (name === 'syntax' || name === 'escape') misplacedDirectives.push({ name, token: c.token });
      continue;
    }
    if (first >= le) {
      pendingFrom = -1;
      continue;
    }

    // An instruction: join continuation lines. Comments inside them are not the instruction's: take the block above first.
    const above = pendingFrom >= 0 ? comments.slice(pendingFrom) : undefined;
    pendingFrom = -1;
    const node = new InstructionNode(tokens.lines);
    let emptyContinuationLines: number[] | undefined;
    let cont = continuationAt(text, first, le, escape);
    node.append(first, cont >= 0 ? cont : le);
    let end = le;
    while (cont >= 0 && readLine()) {
      const f = skipSpaces(text, ls, le);
      if (f < le && text.charCodeAt(f) === 35) {
        comments.push(commentAt(text, tokens, f, le));
        continue;
      }
      if (f >= le) {
        (emptyContinuationLines ??= []).push(ls);
        continue;
      }
      cont = continuationAt(text, ls, le, escape);
      node.append(ls, cont >= 0 ? cont : le);
      end = le;
    }
    const lt = node.finish(text).text;
    const ks = skipSpaces(lt, 0);
    if (ks >= lt.length) continue; // only an escape character: nothing to build
    let ke = ks;
    while (ke < lt.length && !isBlank(lt.charCodeAt(ke))) ke++;

    // The keyword first: other instructions skip the search for `<<`.
    const info = keywordAt(lt, ks, ke);
    const keyword = info?.keyword;
    node.info = info;
    node.keywordToken = keywordToken(tokens, node, ks, ke, info);
    node.keyword = keyword ?? node.keywordToken.text.toUpperCase();
    node.start = node.keywordToken.start;
    node.end = end;
    if (above) node.comments = above;
    node.blankLines = emptyContinuationLines;
    if ((keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') && lt.includes('<<', ke) && !isJsonForm(lt, ke)) {
      for (const h of heredocMarkers(lt, ke)) {
        const body = next;
        let terminated = false;
        while (readLine()) {
          let s = ls;
          if (h.stripTabs) while (s < le && text.charCodeAt(s) === 9) s++;
          if (le - s === h.delimiter.length && text.startsWith(h.delimiter, s)) {
            h.terminatorStart = s;
            h.terminatorEnd = le;
            terminated = true;
            break;
          }
        }
        h.bodyStart = Math.min(body, len);
        h.bodyEnd = terminated ? ls : len;
        node.end = terminated ? le : len;
        (node.rawHeredocs ??= []).push(h);
        if (!terminated) break;
      }
    }
    instructions.push(node);
  }
  // A lone `\r` breaks a line for LineIndex but not here: such (rare) texts keep LineIndex's own pass.
  if (text.indexOf('\r') < 0) {
    lineStarts.length = lineCount;
    tokens.lines.useLineStarts(lineStarts);
  }
  return { directives, duplicateDirectives, misplacedDirectives, escape, comments, instructions };
}

/** The keyword as written; mostly written upper-case, when it shares the keyword's string rather than slicing one. */
export function keywordToken(tokens: TokenFactory, line: LogicalLine, ks: number, ke: number, info: KeywordInfo | undefined): Token {
  const lt = line.text;
  return tokens.logical(line, ks, ke, info && lt.startsWith(info.keyword, ks) ? info.keyword : lt.slice(ks, ke));
}

function commentAt(text: string, tokens: TokenFactory, start: number, end: number): Comment {
  return new CommentNode(tokens, start, end);
}

/**
 * A comment line as its offsets: the token and the trimmed text are made on first read. Most
 * comments are read by no rule, and the suppression reader tests the file text at `start` before
 * asking for a token, so a comment is one object instead of three (node, token, sliced text):
 * measured on the corpus lint, 0.63 MB less allocated per pass.
 */
class CommentNode implements Comment {
  #token: Token | undefined = undefined;
  #text: string | undefined = undefined;

  constructor(
    private readonly tokens: TokenFactory,
    readonly start: number,
    private readonly end: number,
  ) {}

  get token(): Token {
    return (this.#token ??= this.tokens.file(this.start, this.end));
  }

  set token(token: Token) {
    this.#token = token;
  }

  get text(): string {
    return (this.#text ??= trimmed(this.tokens.lines.text, this.start + 1, this.end));
  }

  set text(text: string) {
    this.#text = text;
  }
}

/** Where the line [s, e) ends with the escape character and optional spaces (a continuation), or -1. */
function continuationAt(text: string, s: number, e: number, escape: number): number {
  let k = e;
  while (k > s && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  return k > s && text.charCodeAt(k - 1) === escape ? k - 1 : -1;
}

interface DirectiveSpans {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** `# name = value` on the line [s, e) starting with `#`, as the frontend's directive pattern reads it. */
function directiveAt(text: string, s: number, e: number): DirectiveSpans | undefined {
  let i = s + 1;
  while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const nameStart = i;
  const c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return undefined;
  for (i++; i < e; i++) {
    const d = text.charCodeAt(i);
    if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57))) break;
  }
  const nameEnd = i;
  while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 61) return undefined;
  i++;
  while (i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let valueEnd = e;
  while (valueEnd > i && (text.charCodeAt(valueEnd - 1) === 32 || text.charCodeAt(valueEnd - 1) === 9)) valueEnd--;
  if (valueEnd <= i) return undefined;
  return { nameStart, nameEnd, valueStart: i, valueEnd };
}

/** text[start, end) trimmed as String.prototype.trim does, slicing once instead of twice. */
function trimmed(text: string, start: number, end: number): string {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  // Unicode spaces (NBSP, U+2028...) are rare: leave them to trim().
  if (start < end && (text.charCodeAt(start) > 127 || text.charCodeAt(end - 1) > 127)) return text.slice(start, end).trim();
  return text.slice(start, end);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

function isJsonForm(text: string, from: number): boolean {
  // Flags come first; the exec form is whatever follows them starting with `[`.
  let i = skipSpaces(text, from);
  while (text.startsWith('--', i)) {
    while (i < text.length && !isBlank(text.charCodeAt(i))) i++;
    i = skipSpaces(text, i);
  }
  return text.charCodeAt(i) === 91 && text.trimEnd().endsWith(']');
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF` words, in order, as the frontend finds them. */
function heredocMarkers(text: string, from: number): RawHeredoc[] {
  const out: RawHeredoc[] = [];
  const bounds = splitWords(text, from, text.length, 92).bounds;
  // A fresh array: its length is the number of entries in use.
  for (let k = 0; k < bounds.length; k += 2) {
    const w = { start: bounds[k], end: bounds[k + 1] };
    const word = text.slice(w.start, w.end);
    if (!word.includes('<<')) continue;
    const m = HEREDOC_WORD.exec(word);
    if (!m || m[3].length === 0) continue;
    const rest = m[3];
    const inner = splitWords(rest, 0, rest.length, 92);
    if (inner.length !== 2 || inner.unterminated) continue;
    const delimiter = unquote(rest, 0, rest.length, 92);
    if (delimiter.length === 0) continue;
    out.push({
      delimiter,
      quoted: /['"]/.test(rest),
      stripTabs: m[2] === '-',
      markerStart: w.start,
      markerEnd: w.end,
      bodyStart: 0,
      bodyEnd: 0,
    });
  }
  return out;
}
