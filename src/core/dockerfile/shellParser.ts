/**
 * The POSIX shell scanner of the RUN analysis: splits a script into simple commands with exact
 * ranges. Handles `&& || ; | &` and newlines, subshells and `{ }` groups, if/for/while/case,
 * quoting, escapes, `$(...)`, redirections and in-script heredocs; peels `VAR=x`, sudo, env and
 * similar wrappers; and analyses `sh -c '...'` bodies recursively, mapped back into the file.
 *
 * Speed: charCodeAt scans with a character-class table, no regexes. A `$(...)` is parsed in place
 * over the same text (no slice, no composed offset map), so every look past the current character
 * goes through `at()`, which reads nothing at or beyond `end`, exactly as if the span had been
 * sliced out. Words are kept as (start, end) pairs and become Word objects only when read. Measured
 * over the 400 corpus Dockerfiles (shell analysis alone, parse excluded, CPU time, median of 150
 * runs): 12 ms against 22 ms for the previous scanner, which sliced every `$(...)`, allocated an
 * object per word and a Word per leading word, and peeked reserved words by slicing.
 *
 * Allocation: parsers are pooled by nesting level (see POOL), a RUN line maps offsets through its
 * LogicalLine instead of a closure, and a command packs its flags into one field (shellCommand.ts).
 * Heap sampling of the scanner alone over the 400 corpus Dockerfiles: 4.1 MB per pass, 5.0 before.
 */
import { LineIndex } from '../text';
import type { ShellCommand, Word } from './model';
import { CommandList, CommandNode, NO_WORDS, ScriptText } from './shellCommand';
import { basename, optionsSetPipefail, programKind, SET, SHELL, SUDO_VALUE_OPTIONS, WRAPPER, WRAPPERS } from './shellNames';
import { isAssignmentAt, isJsSpace, shellUnquote, unquoteWithOffsets } from './shellQuotes';

export interface ShellState {
  pipefail: boolean;
  commands: CommandList;
  lines: LineIndex;
  /** A top-level (depth 0) `set` switched pipefail on. */
  setPipefail?: boolean;
}

interface HeredocUse {
  command: ShellCommand | undefined;
  index: number;
}
/** Never pushed to: see ScriptParser.heredocUses. */
const NO_USES: HeredocUse[] = [];

interface HeredocRedirect {
  delimiter: string;
  stripTabs: boolean;
}

/**
 * Reserved words and `{ }` by length and first character (index `length * 128 + code`), matched
 * without slicing the word out; most command names fail the table lookup without a string compare.
 */
const KEYWORDS: string[][] = [];
for (const k of ['{', '}', '!', 'if', 'fi', 'do', 'in', 'for', 'then', 'else', 'elif', 'done', 'esac', 'case', 'while', 'until', 'select', 'function']) {
  (KEYWORDS[k.length * 128 + k.charCodeAt(0)] ??= []).push(k);
}
const RESERVED_SKIP = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'fi', 'done', 'esac', '}']);

/** Character classes below 128: 0 ordinary, WORD_END ends a word, WORD_SPECIAL needs a closer look. */
const WORD_END = 1;
const WORD_SPECIAL = 2;
const CHAR_CLASS = new Uint8Array(128);
for (const c of [32, 9, 10, 13, 59, 38, 124, 40, 41, 60, 62]) CHAR_CLASS[c] = WORD_END;
for (const c of [39, 34, 92, 36, 96]) CHAR_CLASS[c] = WORD_SPECIAL;

/**
 * keyword()'s classes: CHAR_CLASS plus the characters that tell build() about a command name, so
 * build() skips three more scans of it (quote removal, `NAME=` test, basename: 8% of the scanner's
 * time) when the name is a plain word keyword() already walked.
 */
const HAS_EQUALS = 4;
const HAS_SLASH = 8;
const NAME_CLASS = CHAR_CLASS.slice();
NAME_CLASS[61] = HAS_EQUALS;
NAME_CLASS[47] = HAS_SLASH;

/**
 * Parsers by nesting level (a `$(...)` or an `sh -c` body is parsed while its parent is active),
 * reused: a parser is 18 fields, and 2,350 were made per lint of the corpus (0.4 MB).
 */
const POOL: ScriptParser[] = [];
let poolUsed = 0;

/**
 * Parses source.text[start, end) into state.commands. With `externalHeredocs` (a RUN line whose
 * heredoc bodies follow it in the Dockerfile), returns the heredoc redirects met, in order.
 */
export function parseScript(source: ScriptText, start: number, end: number, depth: number, state: ShellState, externalHeredocs: boolean): HeredocUse[] {
  const parser = (POOL[poolUsed] ??= new ScriptParser());
  poolUsed++;
  try {
    parser.begin(source, start, end, state, externalHeredocs);
    parser.run(depth);
    return parser.heredocUses;
  } finally {
    parser.release();
    poolUsed--;
  }
}

/** The state of a parser between uses. */
const NO_STATE: ShellState = { pipefail: false, commands: new CommandList(), lines: new LineIndex('') };

class ScriptParser {
  private pos = 0;
  private caseDepth = 0;
  private expectPattern = false;
  /** Heredocs opened on the current line; undefined while there are none (most scripts never open one). */
  private pendingHeredocs: HeredocRedirect[] | undefined;
  /**
   * Heredoc redirects met in order (for Dockerfile-level heredocs, matched to the instruction's bodies).
   * Only a parser with external heredocs records any: the others (every `$(...)` and `sh -c`) share NO_USES.
   */
  heredocUses: HeredocUse[] = NO_USES;
  private heredocCount = 0;
  private text = '';
  /** `$(...)` spans (start, end pairs) of the simple command being read; made when the first one is met, then reused. */
  private subs: number[] | undefined;
  private subCount = 0;
  /** Set by quotedEnd when a double-quoted part holds `$(` or a backquote, so only those are scanned again for commands. */
  private quotedSub = false;
  /** A word keyword() found free of quotes and expansions: readWord reuses its end instead of scanning it again. */
  private plainStart = -1;
  private plainEnd = -1;
  /** HAS_EQUALS and HAS_SLASH bits of the plain word. */
  private plainSeen = 0;
  private source: ScriptText | undefined;
  /** The script is source.text[start, end). */
  private start = 0;
  private end = 0;
  private state: ShellState = NO_STATE;
  /** Heredoc bodies live outside this text (a RUN line whose bodies follow it in the Dockerfile). */
  private externalHeredocs = false;

  begin(source: ScriptText, start: number, end: number, state: ShellState, externalHeredocs: boolean): void {
    this.source = source;
    this.text = source.text;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.state = state;
    this.externalHeredocs = externalHeredocs;
    this.heredocUses = externalHeredocs ? [] : NO_USES;
    this.caseDepth = 0;
    this.expectPattern = false;
    this.pendingHeredocs = undefined;
    this.heredocCount = 0;
    this.subCount = 0;
    this.quotedSub = false;
    this.plainStart = -1;
    this.plainEnd = -1;
    this.plainSeen = 0;
  }

  /** Lets go of the script, so a pooled parser keeps nothing of a lint alive. */
  release(): void {
    this.source = undefined;
    this.text = '';
    this.state = NO_STATE;
    this.heredocUses = NO_USES;
    this.pendingHeredocs = undefined;
  }

  run(depth: number): void {
    this.list(0, depth);
  }

  /** The character at i, or NaN at or past the end of the script (as charCodeAt past a sliced text). */
  private at(i: number): number {
    return i < this.end ? this.text.charCodeAt(i) : NaN;
  }

  private skipBlanks(): void {
    const t = this.text;
    let p = this.pos;
    while (p < this.end) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13) p++;
      else if (c === 92 && this.at(p + 1) === 10) p += 2;
      else if (c === 92 && this.at(p + 1) === 13 && this.at(p + 2) === 10) p += 3;
      else break;
    }
    this.pos = p;
  }

  /** Parses commands until `closer` (41 for `)`, 125 for `}`, 0 for end of text). */
  private list(closer: number, depth: number): void {
    const t = this.text;
    let join: ShellCommand['joinedBy'] = '';
    let previous: ShellCommand | undefined;
    let first = true;
    while (this.pos < this.end) {
      this.skipBlanks();
      if (this.pos >= this.end) break;
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        this.pos++;
        if (this.pendingHeredocs) this.readPendingHeredocs(this.pendingHeredocs);
        if (join === '' || join === ';' || join === '&') join = first ? '' : '\n';
        continue;
      }
      if (c === 35) {
        while (this.pos < this.end && t.charCodeAt(this.pos) !== 10) this.pos++;
        continue;
      }
      if (closer === 41 && c === 41) {
        this.pos++;
        return;
      }
      if (c === 38 && this.at(this.pos + 1) === 38) {
        join = '&&';
        this.pos += 2;
        continue;
      }
      if (c === 124 && this.at(this.pos + 1) === 124) {
        join = '||';
        this.pos += 2;
        continue;
      }
      if (c === 59) {
        if (this.at(this.pos + 1) === 59) {
          this.pos += 2;
          if (this.at(this.pos) === 38) this.pos++;
          if (this.caseDepth > 0) this.expectPattern = true;
        } else this.pos++;
        join = ';';
        continue;
      }
      if (c === 124) {
        this.pos += this.at(this.pos + 1) === 38 ? 2 : 1;
        join = '|';
        if (previous) previous.inPipeline = true;
        continue;
      }
      if (c === 38 && this.at(this.pos + 1) !== 62) {
        this.pos++;
        join = '&';
        continue;
      }
      if (c === 40 && !this.expectPattern) {
        previous = this.compound(41, depth, join, first);
        first = false;
        join = '';
        continue;
      }
      if (this.expectPattern) {
        this.casePattern();
        continue;
      }
      const word = this.keyword();
      if (word === '{') {
        previous = this.compound(125, depth, join, first);
        first = false;
        join = '';
        continue;
      }
      if (word === '}' && closer === 125) {
        this.pos++;
        return;
      }
      if (word !== '' && RESERVED_SKIP.has(word)) {
        this.pos += word.length;
        if (word === 'esac' && this.caseDepth > 0) this.caseDepth--;
        continue;
      }
      if (word === 'for' || word === 'select') {
        this.skipUntilDo();
        continue;
      }
      if (word === 'case') {
        this.skipCaseHeader();
        continue;
      }
      if (word === 'function') {
        this.pos += word.length;
        this.skipBlanks();
        this.readWord(false);
        this.skipBlanks();
        if (this.at(this.pos) === 40 && this.at(this.pos + 1) === 41) this.pos += 2;
        continue;
      }
      const command = this.simpleCommand(depth, join, first);
      if (command) {
        if (join === '|') command.inPipeline = true;
        previous = command;
        first = false;
        join = '';
      } else if (this.pos < this.end) {
        const ch = t.charCodeAt(this.pos);
        // A stray closer that does not belong to us: skip it so the scan always advances.
        if (ch === 41 || ch === 125) this.pos++;
      }
    }
  }

  /** A `( … )` subshell or `{ …; }` group opening at `pos`, up to `closer`; returns its last command. */
  private compound(closer: number, depth: number, join: ShellCommand['joinedBy'], first: boolean): ShellCommand | undefined {
    this.pos++;
    const before = this.state.commands.length;
    this.list(closer, depth + 1);
    this.afterCompound(before, join, first);
    return this.state.commands.at(this.state.commands.length - 1);
  }

  private afterCompound(before: number, join: ShellCommand['joinedBy'], first: boolean): void {
    const firstInner = this.state.commands.at(before);
    if (firstInner && !first) firstInner.joinedBy = join;
    if (join === '|' && firstInner) firstInner.inPipeline = true;
  }

  /** The reserved word (or `{`, `}`) at pos, without consuming it; '' for any other word. */
  private keyword(): string {
    const t = this.text;
    const pos = this.pos;
    let i = pos;
    let seen = 0;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      const k = c < 128 ? NAME_CLASS[c] : 0;
      if (k !== 0) {
        if (k === WORD_END) break;
        if (k === WORD_SPECIAL) return '';
        seen |= k;
      }
      i++;
    }
    this.plainStart = pos;
    this.plainEnd = i;
    this.plainSeen = seen;
    const length = i - pos;
    const candidates = length > 0 && length <= 8 ? KEYWORDS[length * 128 + t.charCodeAt(pos)] : undefined;
    if (candidates !== undefined) {
      // Same length and first character: compare the rest in place (startsWith is a builtin call).
      for (const k of candidates) {
        let j = 1;
        while (j < length && t.charCodeAt(pos + j) === k.charCodeAt(j)) j++;
        if (j === length) return k;
      }
    }
    return '';
  }

  private skipUntilDo(): void {
    while (this.pos < this.end) {
      this.skipBlanks();
      const c = this.at(this.pos);
      if (c === 59 || c === 10) {
        this.pos++;
        continue;
      }
      if (this.keyword() === 'do') {
        this.pos += 2;
        return;
      }
      if (!this.readWord(false)) this.pos++;
    }
  }

  private skipCaseHeader(): void {
    this.pos += 4;
    while (this.pos < this.end) {
      this.skipBlanks();
      if (this.keyword() === 'in') {
        this.pos += 2;
        break;
      }
      if (this.at(this.pos) === 10) {
        this.pos++;
        continue;
      }
      if (!this.readWord(false)) this.pos++;
    }
    this.caseDepth++;
    this.expectPattern = true;
  }

  /** Skips a case pattern up to its `)`, or ends the case at `esac`. */
  private casePattern(): void {
    const t = this.text;
    if (this.keyword() === 'esac') {
      this.pos += 4;
      this.caseDepth--;
      this.expectPattern = false;
      return;
    }
    if (t.charCodeAt(this.pos) === 40) this.pos++;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (c === 41) {
        this.pos++;
        break;
      }
      if (c === 39 || c === 34) this.pos = this.quotedEnd(this.pos, c);
      else if (c === 92) this.pos += 2;
      else this.pos++;
    }
    this.expectPattern = false;
  }

  /** Index just past the part opened at i by `quote` (39 or 34); may be end + 1 after a trailing backslash. */
  private quotedEnd(i: number, quote: number): number {
    const t = this.text;
    if (quote === 39) {
      // Nothing is special inside single quotes: the native search beats a char loop on long strings.
      const close = t.indexOf("'", i + 1);
      return close < 0 || close >= this.end ? this.end : close + 1;
    }
    i++;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === 34) return i + 1;
      if (c === 92) i++;
      else if (c === 36 && this.at(i + 1) === 40) {
        this.quotedSub = true;
        i = this.matchParen(i + 2);
        continue;
      } else if (c === 96) this.quotedSub = true;
      i++;
    }
    return i;
  }

  /** Index just past the `)` that closes a `$(` whose content starts at i. */
  private matchParen(i: number): number {
    const t = this.text;
    let depth = 1;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === 39) {
        const close = t.indexOf("'", i + 1);
        i = close < 0 || close >= this.end ? this.end : close + 1;
        continue;
      }
      if (c === 34) {
        i = this.quotedEnd(i, 34);
        continue;
      }
      if (c === 92) {
        i += 2;
        continue;
      }
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) return i + 1;
      i++;
    }
    return this.end;
  }

  /**
   * Reads one shell word at pos and reports whether it read one (false at an operator). With
   * `collect`, the `$(...)` and backquote spans inside it go to `subs`.
   */
  private readWord(collect: boolean): boolean {
    const t = this.text;
    const end = this.end;
    const start = this.pos;
    // From a plain word's start the scan would stop at its end: jump there.
    let p = start === this.plainStart ? this.plainEnd : start;
    while (p < end) {
      const c = t.charCodeAt(p);
      const k = c < 128 ? CHAR_CLASS[c] : 0;
      if (k === 0) {
        p++;
        continue;
      }
      // `<(` / `>(` process substitution and `$(` are handled below; a bare `(`/`)` ends the word.
      if (k === WORD_END) break;
      if (c === 39 || c === 34) {
        this.quotedSub = false;
        const close = this.quotedEnd(p, c);
        // collectSubs walks the same characters as quotedEnd up to the first `$(` or backquote: without one it would find nothing.
        if (c === 34 && collect && this.quotedSub) this.collectSubs(p, close);
        p = close;
        continue;
      }
      if (c === 92) {
        if (this.at(p + 1) === 10) break;
        p += 2;
        continue;
      }
      if (c === 36) {
        const n = this.at(p + 1);
        if (n === 40) {
          const close = this.matchParen(p + 2);
          // `$((` arithmetic is not a command.
          if (collect && this.at(p + 2) !== 40) this.addSub(p + 2, close - 1);
          p = close;
          continue;
        }
        if (n === 123) {
          const close = t.indexOf('}', p + 2);
          p = close < 0 || close >= end ? end : close + 1;
          continue;
        }
        if (n === 39) {
          // $'...' ANSI-C quoting
          const save = ++p;
          p++;
          while (p < end && t.charCodeAt(p) !== 39) p += t.charCodeAt(p) === 92 ? 2 : 1;
          p = Math.max(p + 1, save + 1);
          continue;
        }
        p++;
        continue;
      }
      // A backquote.
      const close = this.matchBacktick(p + 1);
      if (collect) this.addSub(p + 1, close - 1);
      p = close;
    }
    this.pos = p > end ? end : p;
    return this.pos > start;
  }

  private addSub(start: number, end: number): void {
    const subs = (this.subs ??= []);
    // Reused across commands: overwrite in place (setting `length` to clear it is a slow builtin).
    subs[this.subCount++] = start;
    subs[this.subCount++] = end;
  }

  private matchBacktick(i: number): number {
    const t = this.text;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 96) return i + 1;
      else i++;
    }
    return this.end;
  }

  /** `$(...)` and backquotes inside the double-quoted part from i to close. */
  private collectSubs(i: number, close: number): void {
    for (let k = i + 1; k < close; k++) {
      const c = this.at(k);
      if (c === 92) k++;
      else if (c === 36 && this.at(k + 1) === 40 && this.at(k + 2) !== 40) {
        const end = this.matchParen(k + 2);
        this.addSub(k + 2, end - 1);
        k = end - 1;
      } else if (c === 96) {
        const end = this.matchBacktick(k + 1);
        this.addSub(k + 1, end - 1);
        k = end - 1;
      }
    }
  }

  /** A redirection operator at pos (`>`, `2>>`, `<<-`, `&>`...), consumed with its target. */
  private redirection(): boolean {
    const t = this.text;
    let i = this.pos;
    while (i < this.end && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
    const c = this.at(i);
    const amp = c === 38 && this.at(i + 1) === 62;
    if (c !== 60 && c !== 62 && !amp) return false;
    if (i > this.pos && amp) return false;
    let j = i + 1;
    let heredoc = false;
    let stripTabs = false;
    if (amp) {
      j = i + 2;
      if (this.at(j) === 62) j++;
    } else if (c === 60) {
      const n = this.at(j);
      if (n === 60) {
        j++;
        if (this.at(j) === 60) j++;
        else {
          heredoc = true;
          if (this.at(j) === 45) {
            stripTabs = true;
            j++;
          }
        }
      } else if (n === 62 || n === 38) j++;
      else if (n === 40) return false; // <( process substitution: part of a word
    } else {
      const n = this.at(j);
      if (n === 62 || n === 124 || n === 38) j++;
      else if (n === 40) return false;
    }
    this.pos = j;
    this.skipBlanks();
    const targetStart = this.pos;
    if (this.readWord(false) && heredoc) {
      const delimiter = shellUnquote(t, targetStart, this.pos);
      if (this.externalHeredocs) this.heredocUses.push({ command: undefined, index: this.heredocCount++ });
      else (this.pendingHeredocs ??= []).push({ delimiter, stripTabs });
    }
    return true;
  }

  /** After a newline: skips the bodies of heredocs opened on the line just ended. */
  private readPendingHeredocs(pending: HeredocRedirect[]): void {
    const t = this.text;
    for (const h of pending) {
      while (this.pos < this.end) {
        let nl = t.indexOf('\n', this.pos);
        if (nl < 0 || nl > this.end) nl = this.end;
        let s = this.pos;
        if (h.stripTabs) while (s < nl && t.charCodeAt(s) === 9) s++;
        let e = nl;
        if (e > s && t.charCodeAt(e - 1) === 13) e--;
        this.pos = nl + 1;
        if (e - s === h.delimiter.length && t.startsWith(h.delimiter, s)) break;
      }
    }
    if (this.pos > this.end) this.pos = this.end;
    this.pendingHeredocs = undefined;
  }

  private simpleCommand(depth: number, join: ShellCommand['joinedBy'], first: boolean): ShellCommand | undefined {
    const t = this.text;
    // The words go straight into the script's shared span array (a `$(...)` parsed below appends after them).
    const spans = this.source!.spans;
    const base = spans.length;
    this.subCount = 0;
    const usesBefore = this.heredocUses.length;
    while (this.pos < this.end) {
      this.skipBlanks();
      if (this.pos >= this.end) break;
      const c = t.charCodeAt(this.pos);
      if (c === 10 || c === 59 || c === 124 || c === 41 || (c === 38 && this.at(this.pos + 1) !== 62)) break;
      if (c === 35 && (spans.length === base || (this.pos > this.start && isJsSpace(t.charCodeAt(this.pos - 1))))) break;
      if ((c === 60 || c === 62 || c === 38 || (c >= 48 && c <= 57)) && this.redirection()) continue;
      if (c === 40) {
        // `name()` function definition: the body follows as a group.
        if (spans.length === base + 2 && this.at(this.pos + 1) === 41) {
          this.pos += 2;
          return undefined;
        }
        // `<(...)`-like or stray parenthesis: treat as part of a word to keep advancing.
        const close = this.matchParen(this.pos + 1);
        this.addSub(this.pos + 1, close - 1);
        this.pos = close;
        continue;
      }
      const start = this.pos;
      if (!this.readWord(true)) {
        this.pos++;
        continue;
      }
      spans.push(start, this.pos);
    }
    const count = (spans.length - base) >> 1;
    // Commands in `$(...)` run first. Each nested parser has its own `subs`, so ours stays intact.
    const subs = this.subs;
    for (let k = 0; k < this.subCount; k += 2) parseScript(this.source!, subs![k], subs![k + 1], depth + 1, this.state, false);
    if (count === 0) return undefined;
    const command = this.build(base, count, depth, first ? '' : join);
    if (command) {
      for (let k = usesBefore; k < this.heredocUses.length; k++) this.heredocUses[k].command = command;
    }
    return command;
  }

  /** Makes the command of the `count` words at `base` in the span array, peeling assignments and wrappers off its front. */
  private build(base: number, count: number, depth: number, join: ShellCommand['joinedBy']): ShellCommand | undefined {
    const source = this.source!;
    const start0 = source.spans.values[base];
    const end0 = source.spans.values[base + 1];
    let command: CommandNode | undefined;
    let first: string | undefined;
    let kind: number;
    if (start0 === this.plainStart && end0 === this.plainEnd && (this.plainSeen & HAS_EQUALS) === 0) {
      // keyword() walked this name: no quotes to remove, no `NAME=`, and it knows whether there is a `/`.
      first = this.text.slice(start0, end0);
      kind = programKind((this.plainSeen & HAS_SLASH) === 0 ? first : basename(first));
    } else {
      first = isAssignmentAt(this.text, start0, end0) ? undefined : source.value(start0, end0);
      kind = first === undefined ? WRAPPER : programKind(basename(first));
    }
    if (kind !== WRAPPER) {
      // The usual case: the first word is the program.
      command = new CommandNode(source, base, count, first!, undefined, join, depth, this.state.pipefail);
    } else if (first !== undefined || !this.onlyAssignments(base, count)) {
      command = this.buildWrapped(base, count, depth, join);
      if (command) kind = programKind(basename(command.name));
    }
    if (!command) return undefined;
    this.state.commands.push(command);
    if (kind === SET) {
      const set = optionsSetPipefail(command.args.map((a) => a.value));
      if (set !== undefined) this.state.pipefail = set;
      if (set === true && depth === 0) this.state.setPipefail = true;
    } else if (kind === SHELL) this.shellDashC(command, depth);
    return command;
  }

  /**
   * Whether all `count` words at `base` are `VAR=x` (`ARCH=$(dpkg --print-architecture)`): no
   * program runs, and buildWrapped would make their Words only to drop them.
   */
  private onlyAssignments(base: number, count: number): boolean {
    const spans = this.source!.spans.values;
    for (let k = 0; k < count; k++) if (!isAssignmentAt(this.text, spans[base + 2 * k], spans[base + 2 * k + 1])) return false;
    return true;
  }

  /** A command with `VAR=x` prefixes or wrappers (`sudo -u x`, `env -i`, `xargs -n1`...). */
  private buildWrapped(base: number, n: number, depth: number, join: ShellCommand['joinedBy']): CommandNode | undefined {
    const t = this.text;
    const source = this.source!;
    const spans = source.spans.values;
    const words: (Word | undefined)[] = new Array(n);
    const word = (k: number): Word => (words[k] ??= source.word(spans[base + 2 * k], spans[base + 2 * k + 1]));
    const value = (k: number): string => word(k).value;
    let assignments = NO_WORDS;
    let wrappers = NO_WORDS;
    let i = 0;
    const takeAssignments = () => {
      while (i < n && isAssignmentAt(t, spans[base + 2 * i], spans[base + 2 * i + 1])) {
        if (assignments === NO_WORDS) assignments = [];
        assignments.push(word(i++));
      }
    };
    takeAssignments();
    while (i < n && WRAPPERS.has(basename(value(i)))) {
      const w = value(i);
      const save = i;
      i++;
      if (w === 'sudo' || w === 'doas') {
        while (i < n && value(i).startsWith('-')) {
          if (value(i) === '--') {
            i++;
            break;
          }
          if (SUDO_VALUE_OPTIONS.has(value(i))) i++;
          i++;
        }
        takeAssignments();
      } else if (w === 'env') {
        while (i < n && value(i).startsWith('-')) {
          const o = value(i);
          i++;
          if (o === '-u' || o === '-C' || o === '-S' || o === '--unset' || o === '--chdir') i++;
          if (o === '--') break;
        }
        takeAssignments();
      } else if (w === 'nice' || w === 'timeout') {
        while (i < n && value(i).startsWith('-')) {
          const o = value(i);
          i++;
          if (o === '-n' || o === '-s' || o === '-k' || o === '--signal' || o === '--kill-after') i++;
        }
        if (w === 'timeout' && i < n) i++;
      } else if (w === 'gosu' || w === 'su-exec') {
        if (i < n) i++;
      } else if (w === 'command' || w === 'time' || w === 'exec' || w === 'xargs') {
        if (w === 'command' && i < n && /^-[vV]$/.test(value(i))) {
          i = save;
          break;
        }
        while (i < n && value(i).startsWith('-')) {
          const o = value(i);
          i++;
          // xargs options that take a value when written apart.
          if (w === 'xargs' && /^-[aEeIiLlnPsd]$/.test(o)) i++;
          if (w === 'exec' && o === '-a') i++;
        }
      }
      if (i >= n) {
        i = save;
        break;
      }
      if (wrappers === NO_WORDS) wrappers = [];
      wrappers.push(word(save));
    }
    if (i >= n) return undefined;
    return new CommandNode(source, base, n, value(i), { nameIndex: i, words, assignments, wrappers }, join, depth, this.state.pipefail);
  }

  /** `sh -c 'script'`, `bash -euo pipefail -c "..."`: analyse the script. */
  private shellDashC(command: ShellCommand, depth: number): void {
    const args = command.args;
    let k = basename(command.name) === 'busybox' && args[0]?.value === 'sh' ? 1 : 0;
    let dashC = false;
    let pipefail = false;
    for (; k < args.length; k++) {
      const v = args[k].value;
      if (v === '--') {
        k++;
        break;
      }
      if (!/^[-+]/.test(v)) break;
      if (/^-[a-zA-Z]*o$/.test(v) || v === '-O' || v === '+O' || /^\+[a-zA-Z]*o$/.test(v)) {
        if (v.startsWith('-') && args[k + 1]?.value === 'pipefail') pipefail = true;
        if (/^-[a-zA-Z]*c[a-zA-Z]*o$/.test(v)) dashC = true;
        k++;
        continue;
      }
      if (/^-[a-zA-Z]*c/.test(v)) dashC = true;
    }
    if (!dashC || k >= args.length) return;
    const script = args[k];
    const { text, offsets } = unquoteWithOffsets(script.text);
    const savePipefail = this.state.pipefail;
    this.state.pipefail = pipefail;
    // Where the script word starts in our text; each inner character maps through our own map.
    const at = this.indexOfFileOffset(script.start);
    const outer = this.source!;
    const toFile = (i: number) => outer.map(at + (i < offsets.length ? offsets[i] : script.text.length));
    parseScript(new ScriptText(text, { toFile }, this.state.lines, outer.spans), 0, text.length, depth + 1, this.state, false);
    this.state.pipefail = savePipefail;
  }

  /** Index in our text of the character at a file offset (the map is increasing). */
  private indexOfFileOffset(fileOffset: number): number {
    const source = this.source!;
    let lo = this.start;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (source.map(mid) < fileOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
