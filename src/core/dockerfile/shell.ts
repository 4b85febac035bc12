/**
 * RUN analysis: a POSIX shell script split into simple commands with exact ranges. Handles
 * `&& || ; | &` and newlines, subshells and `{ }` groups, if/for/while/case, quoting, escapes,
 * `$(...)`, redirections and in-script heredocs; peels `VAR=x`, sudo, env and similar wrappers;
 * and analyses `sh -c '...'` bodies and heredoc scripts recursively, mapped back into the file.
 */
import type { Instruction, ShellCommand, ShellDialect, ShellScript, Token, Word } from './model';
import type { OffsetMap, TokenFactory } from './source';
import type { InstructionSource } from './parser';
import { jsonValueOffsets } from './words';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);

export function basename(path: string): string {
  if (path.indexOf('/') < 0 && path.indexOf('\\') < 0) return path;
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return slash >= 0 ? path.slice(slash + 1) : path;
}

export function shellDialect(shell: readonly string[] | undefined, windows: boolean): ShellDialect {
  if (shell && shell.length) {
    const exe = basename(shell[0]).toLowerCase().replace(/\.exe$/, '');
    if (exe === 'powershell' || exe === 'pwsh') return 'powershell';
    if (exe === 'cmd') return 'cmd';
    return 'posix';
  }
  return windows ? 'cmd' : 'posix';
}

/** Whether shell options (`-o pipefail`, `-euo pipefail`) switch pipefail on. */
function optionsSetPipefail(args: readonly string[], from = 0): boolean | undefined {
  let result: boolean | undefined;
  for (let i = from; i < args.length - 1; i++) {
    const a = args[i];
    if (args[i + 1] !== 'pipefail') continue;
    if (/^-[a-zA-Z]*o$/.test(a)) result = true;
    else if (/^\+[a-zA-Z]*o$/.test(a)) result = false;
  }
  return result;
}

interface State {
  pipefail: boolean;
  commands: ShellCommand[];
  tokens: TokenFactory;
}

interface HeredocRedirect {
  delimiter: string;
  stripTabs: boolean;
}

/** A word's span in the script text, before quote removal. */
interface RawWord {
  start: number;
  end: number;
}

const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'command', 'builtin', 'time', 'nice', 'timeout', 'gosu', 'su-exec', 'eatmydata', 'doas', 'xargs']);
const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-p', '-C', '-D', '-h', '-r', '-t', '-U', '-T']);
const RESERVED_SKIP = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'fi', 'done', 'esac', '}']);

/** A ShellCommand whose argument Words and whole-command token are made on first read. */
class CommandNode implements ShellCommand {
  readonly name: string;
  inPipeline: boolean;
  #args: Word[] | undefined;
  #makeArgs: (() => Word[]) | undefined;
  #token: Token | undefined;
  #makeToken: (() => Token) | undefined;

  constructor(
    readonly nameWord: Word,
    makeArgs: () => Word[],
    readonly assignments: Word[],
    readonly wrappers: Word[],
    public joinedBy: ShellCommand['joinedBy'],
    readonly depth: number,
    readonly pipefail: boolean,
    makeToken: () => Token,
  ) {
    this.name = nameWord.value;
    this.inPipeline = joinedBy === '|';
    this.#makeArgs = makeArgs;
    this.#makeToken = makeToken;
  }

  get args(): Word[] {
    if (!this.#args) {
      this.#args = this.#makeArgs!();
      this.#makeArgs = undefined;
    }
    return this.#args;
  }

  set args(args: Word[]) {
    this.#args = args;
  }

  get token(): Token {
    if (!this.#token) {
      this.#token = this.#makeToken!();
      this.#makeToken = undefined;
    }
    return this.#token;
  }

  set token(token: Token) {
    this.#token = token;
  }
}

class ScriptParser {
  private pos = 0;
  private readonly end: number;
  private caseDepth = 0;
  private expectPattern = false;
  private pendingHeredocs: HeredocRedirect[] = [];
  /** Heredoc redirects met in order (for Dockerfile-level heredocs, matched to the instruction's bodies). */
  readonly heredocUses: { command: ShellCommand | undefined; index: number }[] = [];
  private heredocCount = 0;

  constructor(
    private readonly text: string,
    private readonly map: OffsetMap,
    private readonly depth: number,
    private readonly state: State,
    /** Heredoc bodies live outside this text (a RUN line whose bodies follow it in the Dockerfile). */
    private readonly externalHeredocs: boolean,
  ) {
    this.end = text.length;
  }

  run(): void {
    this.list(0, this.depth);
  }

  private word(span: RawWord): Word {
    return this.state.tokens.mappedWord(this.text, this.map, span.start, span.end, shellUnquote(this.text, span.start, span.end));
  }

  private skipBlanks(): void {
    const t = this.text;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 13) this.pos++;
      else if (c === 92 && t.charCodeAt(this.pos + 1) === 10) this.pos += 2;
      else if (c === 92 && t.charCodeAt(this.pos + 1) === 13 && t.charCodeAt(this.pos + 2) === 10) this.pos += 3;
      else break;
    }
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
        this.readPendingHeredocs();
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
      if (c === 38 && t.charCodeAt(this.pos + 1) === 38) {
        join = '&&';
        this.pos += 2;
        continue;
      }
      if (c === 124 && t.charCodeAt(this.pos + 1) === 124) {
        join = '||';
        this.pos += 2;
        continue;
      }
      if (c === 59) {
        if (t.charCodeAt(this.pos + 1) === 59) {
          this.pos += 2;
          if (t.charCodeAt(this.pos) === 38) this.pos++;
          if (this.caseDepth > 0) this.expectPattern = true;
        } else this.pos++;
        join = ';';
        continue;
      }
      if (c === 124) {
        this.pos += t.charCodeAt(this.pos + 1) === 38 ? 2 : 1;
        join = '|';
        if (previous) previous.inPipeline = true;
        continue;
      }
      if (c === 38 && t.charCodeAt(this.pos + 1) !== 62) {
        this.pos++;
        join = '&';
        continue;
      }
      if (c === 40 && !this.expectPattern) {
        this.pos++;
        const before = this.state.commands.length;
        this.list(41, depth + 1);
        this.afterCompound(before, join, first);
        previous = this.state.commands[this.state.commands.length - 1];
        first = false;
        join = '';
        continue;
      }
      if (this.expectPattern) {
        this.casePattern();
        continue;
      }
      const word = this.peekWord();
      if (word === '{') {
        this.pos++;
        const before = this.state.commands.length;
        this.list(125, depth + 1);
        this.afterCompound(before, join, first);
        previous = this.state.commands[this.state.commands.length - 1];
        first = false;
        join = '';
        continue;
      }
      if (word === '}' && closer === 125) {
        this.pos++;
        return;
      }
      if (RESERVED_SKIP.has(word)) {
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
        this.readWord();
        this.skipBlanks();
        if (t.startsWith('()', this.pos)) this.pos += 2;
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

  private afterCompound(before: number, join: ShellCommand['joinedBy'], first: boolean): void {
    const firstInner = this.state.commands[before];
    if (firstInner && !first) firstInner.joinedBy = join;
    if (join === '|' && firstInner) firstInner.inPipeline = true;
  }

  /** The next bare word (for reserved words), without consuming it. */
  private peekWord(): string {
    const t = this.text;
    let i = this.pos;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62) break;
      if (c === 39 || c === 34 || c === 92 || c === 36 || c === 96) return '';
      i++;
    }
    return t.slice(this.pos, i);
  }

  private skipUntilDo(): void {
    const t = this.text;
    while (this.pos < this.end) {
      this.skipBlanks();
      const c = t.charCodeAt(this.pos);
      if (c === 59 || c === 10) {
        this.pos++;
        continue;
      }
      const w = this.peekWord();
      if (w === 'do') {
        this.pos += 2;
        return;
      }
      if (!this.readWord()) this.pos++;
    }
  }

  private skipCaseHeader(): void {
    this.pos += 4;
    while (this.pos < this.end) {
      this.skipBlanks();
      const w = this.peekWord();
      if (w === 'in') {
        this.pos += 2;
        break;
      }
      if (this.text.charCodeAt(this.pos) === 10) {
        this.pos++;
        continue;
      }
      if (!this.readWord()) this.pos++;
    }
    this.caseDepth++;
    this.expectPattern = true;
  }

  /** Skips a case pattern up to its `)`, or ends the case at `esac`. */
  private casePattern(): void {
    const t = this.text;
    const w = this.peekWord();
    if (w === 'esac') {
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
      if (c === 39 || c === 34) this.skipQuoted(c);
      else if (c === 92) this.pos += 2;
      else this.pos++;
    }
    this.expectPattern = false;
  }

  private skipQuoted(quote: number): void {
    const t = this.text;
    this.pos++;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (c === quote) {
        this.pos++;
        return;
      }
      if (quote === 34 && c === 92) this.pos++;
      else if (quote === 34 && c === 36 && t.charCodeAt(this.pos + 1) === 40) {
        this.pos = this.matchParen(this.pos + 2);
        continue;
      }
      this.pos++;
    }
  }

  /** Index just past the `)` that closes a `$(` whose content starts at i. */
  private matchParen(i: number): number {
    const t = this.text;
    let depth = 1;
    while (i < this.end) {
      const c = t.charCodeAt(i);
      if (c === 39) {
        const close = t.indexOf("'", i + 1);
        i = close < 0 ? this.end : close + 1;
        continue;
      }
      if (c === 34) {
        const save = this.pos;
        this.pos = i;
        this.skipQuoted(34);
        i = this.pos;
        this.pos = save;
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

  /** Reads one shell word at pos; returns its span, or undefined when pos is at an operator. */
  private readWord(subs?: RawWord[]): RawWord | undefined {
    const t = this.text;
    const start = this.pos;
    while (this.pos < this.end) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 59 || c === 38 || c === 124 || c === 40 || c === 41 || c === 60 || c === 62) {
        // `<(` / `>(` process substitution and `$(` are handled below; a bare `(`/`)` ends the word.
        break;
      }
      if (c === 39 || c === 34) {
        if (c === 34 && subs) this.collectSubs(this.pos, subs);
        this.skipQuoted(c);
        continue;
      }
      if (c === 92) {
        if (t.charCodeAt(this.pos + 1) === 10) break;
        this.pos += 2;
        continue;
      }
      if (c === 36) {
        const n = t.charCodeAt(this.pos + 1);
        if (n === 40) {
          const close = this.matchParen(this.pos + 2);
          // `$((` arithmetic is not a command.
          if (t.charCodeAt(this.pos + 2) !== 40) subs?.push({ start: this.pos + 2, end: close - 1 });
          this.pos = close;
          continue;
        }
        if (n === 123) {
          const close = t.indexOf('}', this.pos + 2);
          this.pos = close < 0 ? this.end : close + 1;
          continue;
        }
        if (n === 39) {
          // $'...' ANSI-C quoting
          this.pos++;
          const save = this.pos;
          this.pos++;
          while (this.pos < this.end && t.charCodeAt(this.pos) !== 39) this.pos += t.charCodeAt(this.pos) === 92 ? 2 : 1;
          this.pos = Math.max(this.pos + 1, save + 1);
          continue;
        }
      }
      if (c === 96) {
        const close = this.matchBacktick(this.pos + 1);
        subs?.push({ start: this.pos + 1, end: close - 1 });
        this.pos = close;
        continue;
      }
      this.pos++;
    }
    if (this.pos > this.end) this.pos = this.end;
    return this.pos > start ? { start, end: this.pos } : undefined;
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

  /** `$(...)` inside a double-quoted part starting at i. */
  private collectSubs(i: number, subs: RawWord[]): void {
    const t = this.text;
    const close = (() => {
      const save = this.pos;
      this.pos = i;
      this.skipQuoted(34);
      const r = this.pos;
      this.pos = save;
      return r;
    })();
    for (let k = i + 1; k < close; k++) {
      const c = t.charCodeAt(k);
      if (c === 92) k++;
      else if (c === 36 && t.charCodeAt(k + 1) === 40 && t.charCodeAt(k + 2) !== 40) {
        const end = this.matchParen(k + 2);
        subs.push({ start: k + 2, end: end - 1 });
        k = end - 1;
      } else if (c === 96) {
        const end = this.matchBacktick(k + 1);
        subs.push({ start: k + 1, end: end - 1 });
        k = end - 1;
      }
    }
  }

  /** A redirection operator at pos (`>`, `2>>`, `<<-`, `&>`...), consumed with its target. */
  private redirection(): boolean {
    const t = this.text;
    let i = this.pos;
    while (i < this.end && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
    const c = t.charCodeAt(i);
    const amp = c === 38 && t.charCodeAt(i + 1) === 62;
    if (c !== 60 && c !== 62 && !amp) return false;
    if (i > this.pos && amp) return false;
    let j = i + 1;
    let heredoc = false;
    let stripTabs = false;
    if (amp) {
      j = i + 2;
      if (t.charCodeAt(j) === 62) j++;
    } else if (c === 60) {
      if (t.charCodeAt(j) === 60) {
        j++;
        if (t.charCodeAt(j) === 60) j++;
        else {
          heredoc = true;
          if (t.charCodeAt(j) === 45) {
            stripTabs = true;
            j++;
          }
        }
      } else if (t.charCodeAt(j) === 62 || t.charCodeAt(j) === 38) j++;
      else if (t.charCodeAt(j) === 40) return false; // <( process substitution: part of a word
    } else {
      const n = t.charCodeAt(j);
      if (n === 62 || n === 124 || n === 38) j++;
      else if (n === 40) return false;
    }
    this.pos = j;
    this.skipBlanks();
    const target = this.readWord();
    if (heredoc && target) {
      const delimiter = shellUnquote(t, target.start, target.end);
      if (this.externalHeredocs) this.heredocUses.push({ command: undefined, index: this.heredocCount++ });
      else this.pendingHeredocs.push({ delimiter, stripTabs });
    }
    return true;
  }

  /** After a newline: skips the bodies of heredocs opened on the line just ended. */
  private readPendingHeredocs(): void {
    const t = this.text;
    for (const h of this.pendingHeredocs) {
      while (this.pos < this.end) {
        let nl = t.indexOf('\n', this.pos);
        if (nl < 0) nl = this.end;
        let s = this.pos;
        if (h.stripTabs) while (s < nl && t.charCodeAt(s) === 9) s++;
        let e = nl;
        if (e > s && t.charCodeAt(e - 1) === 13) e--;
        this.pos = nl + 1;
        if (t.slice(s, e) === h.delimiter) break;
      }
    }
    if (this.pos > this.end) this.pos = this.end;
    this.pendingHeredocs = [];
  }

  private simpleCommand(depth: number, join: ShellCommand['joinedBy'], first: boolean): ShellCommand | undefined {
    const t = this.text;
    const words: RawWord[] = [];
    const subs: RawWord[] = [];
    const usesBefore = this.heredocUses.length;
    while (this.pos < this.end) {
      this.skipBlanks();
      if (this.pos >= this.end) break;
      const c = t.charCodeAt(this.pos);
      if (c === 10 || c === 59 || c === 124 || c === 41 || (c === 38 && t.charCodeAt(this.pos + 1) !== 62)) break;
      if (c === 35 && words.length === 0) break;
      if (c === 35 && this.pos > 0 && /\s/.test(t[this.pos - 1])) break;
      if (this.redirection()) continue;
      if (c === 40) {
        // `name()` function definition: the body follows as a group.
        if (words.length === 1 && t.charCodeAt(this.pos + 1) === 41) {
          this.pos += 2;
          return undefined;
        }
        // `<(...)`-like or stray parenthesis: treat as part of a word to keep advancing.
        const close = this.matchParen(this.pos + 1);
        subs.push({ start: this.pos + 1, end: close - 1 });
        this.pos = close;
        continue;
      }
      const w = this.readWord(subs);
      if (!w) {
        this.pos++;
        continue;
      }
      words.push(w);
    }
    // Commands in `$(...)` run first.
    for (const s of subs) this.nested(s.start, s.end, depth + 1);
    const command = this.build(words, depth, first ? '' : join);
    if (command) {
      for (let k = usesBefore; k < this.heredocUses.length; k++) this.heredocUses[k].command = command;
    }
    return command;
  }

  private nested(start: number, end: number, depth: number): void {
    const inner = this.text.slice(start, end);
    const base = this.map;
    const p = new ScriptParser(inner, (i) => base(start + i), depth, this.state, false);
    p.run();
  }

  private build(raw: RawWord[], depth: number, join: ShellCommand['joinedBy']): ShellCommand | undefined {
    if (raw.length === 0) return undefined;
    // Only the leading words are needed to find the program; the arguments become Words on first read.
    const words: (Word | undefined)[] = new Array(raw.length);
    const word = (k: number): Word => (words[k] ??= this.word(raw[k]));
    const value = (k: number): string => word(k).value;
    const assignments: Word[] = [];
    const wrappers: Word[] = [];
    const n = raw.length;
    let i = 0;
    const takeAssignments = () => {
      while (i < n && isAssignment(word(i).text)) assignments.push(word(i++));
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
      wrappers.push(word(save));
    }
    if (i >= n) return undefined;
    const nameIndex = i;
    const command = new CommandNode(word(nameIndex), () => {
      const args: Word[] = [];
      for (let k = nameIndex + 1; k < n; k++) args.push(word(k));
      return args;
    }, assignments, wrappers, join, depth, this.state.pipefail, () => this.state.tokens.mapped(this.text, this.map, raw[0].start, raw[n - 1].end));
    this.state.commands.push(command);
    const name = basename(command.name);
    if (name === 'set') {
      const set = optionsSetPipefail(command.args.map((a) => a.value));
      if (set !== undefined) this.state.pipefail = set;
    } else if (SHELLS.has(name)) this.shellDashC(command, depth);
    return command;
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
    const map = (i: number) => this.map(at + (i < offsets.length ? offsets[i] : script.text.length));
    new ScriptParser(text, map, depth + 1, this.state, false).run();
    this.state.pipefail = savePipefail;
  }

  /** Index in our text of the character at a file offset (the map is increasing). */
  private indexOfFileOffset(fileOffset: number): number {
    let lo = 0;
    let hi = this.end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.map(mid) < fileOffset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function isAssignment(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 61) return true;
    if (d === 43 && text.charCodeAt(i + 1) === 61) return true;
    if (d === 91) return text.indexOf(']=', i) > 0;
    if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95 || (d >= 48 && d <= 57))) return false;
  }
  return false;
}

/** Shell quote removal: '...' literal, "..." with \\ before $ ` " \\ newline, \\x outside quotes. */
export function shellUnquote(text: string, start: number, end: number): string {
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 92) break;
  }
  if (i === end) return text.slice(start, end);
  // Copy unchanged runs in one slice each; building strings char by char makes deep ropes.
  let out = text.slice(start, i);
  let run = i;
  let quote = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 39) {
      if (c === 39) {
        out += text.slice(run, i);
        run = i + 1;
        quote = 0;
      }
    } else if (quote === 34) {
      if (c === 34) {
        out += text.slice(run, i);
        run = i + 1;
        quote = 0;
      } else if (c === 92 && i + 1 < end) {
        const n = text.charCodeAt(i + 1);
        if (n === 36 || n === 96 || n === 34 || n === 92 || n === 10) {
          out += text.slice(run, i);
          run = n === 10 ? i + 2 : i + 1;
          i++;
        }
      }
    } else if (c === 39 || c === 34) {
      if (c === 39 && i > start && text.charCodeAt(i - 1) === 36 && run <= i - 1) {
        out += text.slice(run, i - 1); // $'...': drop the $
      } else out += text.slice(run, i);
      run = i + 1;
      quote = c;
    } else if (c === 92 && i + 1 < end) {
      out += text.slice(run, i);
      run = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      i++;
    }
  }
  return out + text.slice(run, end);
}

/** Quote removal that also records, for each output character, its index in the input. */
export function unquoteWithOffsets(raw: string): { text: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let quote = 0;
  const push = (i: number) => {
    chars.push(raw[i]);
    offsets.push(i);
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (quote === 39) {
      if (c === 39) quote = 0;
      else push(i);
    } else if (quote === 34) {
      if (c === 34) quote = 0;
      else if (c === 92 && i + 1 < raw.length) {
        const n = raw.charCodeAt(i + 1);
        if (n === 36 || n === 96 || n === 34 || n === 92) push(++i);
        else if (n === 10) i++;
        else push(i);
      } else push(i);
    } else if (c === 39 || c === 34) quote = c;
    else if (c === 36 && raw.charCodeAt(i + 1) === 39) {
      // $'...': keep the content literally (escapes are rare in Dockerfiles).
      i++;
      quote = 39;
    } else if (c === 92 && i + 1 < raw.length) {
      if (raw.charCodeAt(i + 1) === 10) i++;
      else push(++i);
    } else push(i);
  }
  return { text: chars.join(''), offsets };
}

/** Analyses a script given as text with its offset map. */
export function analyzeScript(text: string, map: OffsetMap, tokens: TokenFactory, pipefail: boolean, depth = 0): ShellCommand[] {
  const state: State = { pipefail, commands: [], tokens };
  new ScriptParser(text, map, depth, state, false).run();
  return state.commands;
}

const SHEBANG = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/;

/** The interpreter a heredoc script names in its shebang, e.g. `bash` or `python3`. */
function shebangInterpreter(body: string): string | undefined {
  const m = SHEBANG.exec(body);
  if (!m) return undefined;
  const exe = basename(m[1]);
  return exe === 'env' && m[2] ? basename(m[2]) : exe;
}

function isShellName(name: string): boolean {
  return SHELLS.has(basename(name));
}

export function analyzeInstructionShell(instruction: Instruction, src: InstructionSource, tokens: TokenFactory): ShellScript | undefined {
  const k = instruction.keyword;
  const isHealthcheck = k === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'CMD';
  if (k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT' && !isHealthcheck) return undefined;
  const shellPipefail = src.shell ? optionsSetPipefail(src.shell, 1) === true : false;
  const state: State = { pipefail: shellPipefail, commands: [], tokens };

  if (instruction.form === 'exec') {
    // No shell runs; the array is one command. `["sh", "-c", "..."]` still gets its script analysed.
    const words = isHealthcheck ? instruction.args.slice(1) : instruction.args;
    if (words.length === 0) return { dialect: 'posix', commands: [], pipefail: false };
    state.pipefail = false;
    const cmd: ShellCommand = {
      name: words[0].value,
      nameWord: words[0],
      args: words.slice(1),
      assignments: [],
      wrappers: [],
      joinedBy: '',
      inPipeline: false,
      depth: 0,
      pipefail: false,
      token: tokens.file(words[0].start, words[words.length - 1].end),
    };
    state.commands.push(cmd);
    if (isShellName(cmd.name)) {
      let i = 0;
      let pipefail = false;
      while (i < cmd.args.length && cmd.args[i].value.startsWith('-')) {
        const v = cmd.args[i].value;
        if (/^-[a-zA-Z]*o$/.test(v) && cmd.args[i + 1]?.value === 'pipefail') pipefail = true;
        if (/c/.test(v.slice(1)) && !/o$/.test(v)) {
          i++;
          break;
        }
        i += /^-[a-zA-Z]*o$/.test(v) ? 2 : 1;
      }
      const script = cmd.args[i];
      if (script && i > 0 && /c/.test(cmd.args[i - 1].value.slice(1))) {
        const offsets = jsonValueOffsets(script.text);
        const logicalStart = src.line.fromFile(script.start);
        state.pipefail = pipefail;
        new ScriptParser(script.value, (j) => src.line.toFile(logicalStart + (offsets[j] ?? script.text.length - 1)), 1, state, false).run();
      }
    }
    return { dialect: 'posix', commands: state.commands, pipefail: false };
  }

  const dialect = shellDialect(src.shell, src.windows);
  if (dialect !== 'posix') return { dialect, commands: [], pipefail: false };

  let start = src.argsStart;
  if (isHealthcheck) start = src.line.fromFile(instruction.args[1]?.start ?? instruction.args[0].end);
  const text = src.line.text.slice(start, src.argsEnd);
  const line = src.line;
  const parser = new ScriptParser(text, (i) => line.toFile(start + i), 0, state, instruction.heredocs.length > 0);
  parser.run();
  let pipefail = shellPipefail || state.commands.some((c) => c.depth === 0 && basename(c.name) === 'set' && optionsSetPipefail(c.args.map((a) => a.value)) === true);
  let interpreter: string | undefined;

  if (instruction.heredocs.length && k === 'RUN') {
    const bodyOf = (index: number) => instruction.heredocs[index];
    const analyzeBody = (index: number, depth: number) => {
      const h = bodyOf(index);
      if (!h) return;
      const body = h.body.text;
      const base = h.body.start;
      const commands = analyzeScript(body, (i) => base + i, tokens, state.pipefail, depth);
      state.commands.push(...commands);
      if (commands.some((c) => c.depth === depth && basename(c.name) === 'set' && optionsSetPipefail(c.args.map((a) => a.value)) === true)) pipefail = true;
    };
    if (state.commands.length === 0) {
      // `RUN <<EOF`: the first heredoc is the script, run by its shebang or by the shell.
      const h = bodyOf(0);
      const exe = h ? shebangInterpreter(h.body.text) : undefined;
      if (exe && !isShellName(exe)) interpreter = exe;
      else analyzeBody(0, 0);
    } else {
      for (const use of parser.heredocUses) {
        const c = use.command;
        if (!c || !isShellName(c.name)) continue;
        if (c.args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value))) continue;
        analyzeBody(use.index, c.depth + 1);
      }
    }
  }
  const script: ShellScript = { dialect, commands: state.commands, pipefail };
  if (interpreter) script.interpreter = interpreter;
  return script;
}
