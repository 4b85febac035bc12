/**
 * The objects the RUN analysis hands to rules: Words over spans of a script's text, and commands
 * whose Words and whole-command token are made only when a rule reads them.
 */
import type { LineIndex } from '../text';
import type { ShellCommand, Token, Word } from './model';
import type { OptionSpec, ParsedArgs, RunScript } from './rules/shellUtil';
import { LazyToken, LazyWord } from './source';
import { firstQuoteOrEscape, unquoteFrom } from './shellQuotes';

/** Maps an index of a script's text to a file offset (a LogicalLine is one). */
export interface OffsetMapper {
  toFile(i: number): number;
}

/** The array SpanLists fill while a parse runs; it only ever grows, so filling it allocates nothing after warm-up. */
const SCRATCH: number[] = [];
let scratchInUse = false;

/**
 * The (start, end) pairs of every word of one instruction's scripts (its RUN line, heredoc bodies,
 * `sh -c` bodies), so a command costs no array of its own. They are written into one reused array
 * and copied out at their exact size by `seal`. Heap sampling of a lint of the 400 corpus
 * Dockerfiles: growing a fresh array per script allocated 1.9 MB; the copies take 0.7 MB. A parse
 * that throws before `seal` leaves the scratch taken: later lists then grow arrays of their own.
 */
export class SpanList {
  /** The pairs; until `seal`, the shared scratch array (or a fresh one if another list holds it). */
  values: number[];
  length = 0;

  constructor() {
    this.values = scratchInUse ? [] : SCRATCH;
    scratchInUse = true;
  }

  push(start: number, end: number): void {
    const v = this.values;
    v[this.length++] = start;
    v[this.length++] = end;
  }

  /** Ends the parse: the pairs move to an array of their own and the scratch array is free again. */
  seal(): void {
    if (this.values === SCRATCH) {
      this.values = SCRATCH.slice(0, this.length);
      scratchInUse = false;
    }
  }
}

/** The array CommandLists fill while a parse runs; emptied (not shortened) by `seal`, so it keeps its room. */
const COMMAND_SCRATCH: (ShellCommand | undefined)[] = [];
let commandScratchInUse = false;
/** Never written: a CommandList's items before its first push. */
const NO_COMMANDS: (ShellCommand | undefined)[] = [];

/**
 * The commands of one instruction's scripts while they are parsed, in a reused array, copied out at
 * their exact size by `seal`: a fresh list reserves 17 slots at its first push, and half the RUNs
 * have one command (heap sampling of a corpus lint: array growth 0.33 MB less, copies 0.15 MB more).
 * As with SpanList, a parse that throws before `seal` leaves the scratch taken.
 */
export class CommandList {
  /** Until the first push, NO_COMMANDS: a list that is never filled takes nothing. */
  #items: (ShellCommand | undefined)[] = NO_COMMANDS;
  length = 0;

  push(command: ShellCommand): void {
    if (this.#items === NO_COMMANDS) {
      this.#items = commandScratchInUse ? [] : COMMAND_SCRATCH;
      commandScratchInUse = true;
    }
    this.#items[this.length++] = command;
  }

  /** The command at index i, or undefined outside 0 <= i < length. */
  at(i: number): ShellCommand | undefined {
    return i >= 0 && i < this.length ? this.#items[i] : undefined;
  }

  /** Ends the parse: the commands in an array of their own; the scratch drops them (it outlives the lint) and is free again. */
  seal(): ShellCommand[] {
    const items = this.#items;
    // Half the RUNs have one command: a literal is made inline, where slice is a builtin call.
    const out = (this.length === 1 ? [items[0]] : items.slice(0, this.length)) as ShellCommand[];
    if (items === COMMAND_SCRATCH) {
      for (let i = 0; i < this.length; i++) items[i] = undefined;
      commandScratchInUse = false;
    }
    this.#items = out;
    return out;
  }
}

/**
 * A script's text with its map to file offsets; shared by a script and the `$(...)` inside it. Its
 * words go to `spans`, which a nested `sh -c` script shares.
 */
export class ScriptText {
  constructor(
    readonly text: string,
    /** An object rather than a closure: a RUN line passes its LogicalLine and allocates nothing. */
    private readonly mapper: OffsetMapper,
    private readonly lines: LineIndex,
    readonly spans: SpanList,
  ) {}

  /** File offset of the character at index i. */
  map(i: number): number {
    return this.mapper.toFile(i);
  }

  /** text[start, end) with quotes removed. */
  value(start: number, end: number): string {
    const t = this.text;
    const q = firstQuoteOrEscape(t, start, end);
    return q === end ? t.slice(start, end) : unquoteFrom(t, start, end, q);
  }

  /** The Word for text[start, end) (start < end). */
  word(start: number, end: number): Word {
    const t = this.text;
    const raw = t.slice(start, end);
    const q = firstQuoteOrEscape(t, start, end);
    // Most words have no quotes: their value is the same string as their text.
    return this.wordWithValue(start, end, raw, q === end ? raw : unquoteFrom(t, start, end, q));
  }

  wordWithValue(start: number, end: number, raw: string, value: string): Word {
    return new LazyWord(this.lines, raw, this.map(start), this.map(end - 1) + 1, value);
  }

  token(start: number, end: number): Token {
    const fileStart = this.map(start);
    return new LazyToken(this.lines, this.text.slice(start, end), fileStart, end > start ? this.map(end - 1) + 1 : fileStart);
  }
}

/** Most commands have no assignments or wrappers: they share this (never mutated) array. */
export const NO_WORDS: Word[] = [];

/** What peeling `VAR=x` prefixes and wrappers (`sudo`, `env`...) off the front of a command found. */
export interface Peeled {
  /** Index of the program's word among the command's words. */
  nameIndex: number;
  /** Words made while peeling, by index; reused so each word is one object. */
  words: (Word | undefined)[];
  assignments: Word[];
  wrappers: Word[];
}

/** joinedBy values by their index in CommandNode's packed flags. */
const JOINS: ShellCommand['joinedBy'][] = ['', '&&', '||', ';', '|', '&', '\n'];

/** Index of `join` in JOINS; comparisons, as indexOf costs a builtin call on each of 10,100 commands. */
function joinIndex(join: ShellCommand['joinedBy']): number {
  return join === '' ? 0 : join === '&&' ? 1 : join === '||' ? 2 : join === ';' ? 3 : join === '|' ? 4 : join === '&' ? 5 : 6;
}

/**
 * A simple command: its `count` words are the pairs of `source.spans` from `base`. Linting the corpus
 * reads the arguments of 2,800 of 10,100 commands (8,800 of 27,500 argument words) and the name word
 * of 2,000, so `nameWord`, `args` and `token` are made on first read; `name` is a plain string.
 */
export class CommandNode implements ShellCommand {
  #nameWord: Word | undefined;
  #args: Word[] | undefined;
  #token: Token | undefined;
  readonly #source: ScriptText;
  readonly #base: number;
  readonly #count: number;
  /**
   * Undefined for a command whose first word is the program (most of them): one field instead of
   * four saves 24 bytes on each of the 10,100 corpus commands (0.24 MB per lint).
   */
  readonly #peeled: Peeled | undefined;
  /** joinedBy's index in JOINS, inPipeline, pipefail and depth in one number: four fields cost 24 more bytes on each command. */
  #flags: number;
  /**
   * The rules' command index (rules/shellUtil.ts `Cmd`): a command whose program name has no directory
   * is its own Cmd, filled in by `analyse`. Four fields here (32 bytes) instead of a 72-byte wrapper
   * object per command: heap sampling of a lint of the 400 corpus Dockerfiles, analyse 1.39 → 0.55 MB
   * (with its list copies, below), the parser's commands 0.33 MB more.
   */
  index = 0;
  script: RunScript | undefined = undefined;
  parsedWith: OptionSpec | undefined = undefined;
  parsed: ParsedArgs | undefined = undefined;

  constructor(
    source: ScriptText,
    base: number,
    count: number,
    readonly name: string,
    peeled: Peeled | undefined,
    joinedBy: ShellCommand['joinedBy'],
    depth: number,
    pipefail: boolean,
  ) {
    this.#source = source;
    this.#base = base;
    this.#count = count;
    this.#peeled = peeled;
    this.#flags = joinIndex(joinedBy) | (joinedBy === '|' ? 8 : 0) | (pipefail ? 16 : 0) | (depth << 5);
  }

  /** Cmd.command: the node is its own command. */
  get command(): this {
    return this;
  }

  get joinedBy(): ShellCommand['joinedBy'] {
    return JOINS[this.#flags & 7];
  }

  set joinedBy(join: ShellCommand['joinedBy']) {
    this.#flags = (this.#flags & ~7) | joinIndex(join);
  }

  get inPipeline(): boolean {
    return (this.#flags & 8) !== 0;
  }

  set inPipeline(inPipeline: boolean) {
    this.#flags = inPipeline ? this.#flags | 8 : this.#flags & ~8;
  }

  get pipefail(): boolean {
    return (this.#flags & 16) !== 0;
  }

  get depth(): number {
    return this.#flags >> 5;
  }

  /** Index of the program's word among the command's words. */
  get #nameIndex(): number {
    return this.#peeled ? this.#peeled.nameIndex : 0;
  }

  get assignments(): Word[] {
    return this.#peeled ? this.#peeled.assignments : NO_WORDS;
  }

  get wrappers(): Word[] {
    return this.#peeled ? this.#peeled.wrappers : NO_WORDS;
  }

  get nameWord(): Word {
    if (!this.#nameWord) {
      const k = this.#nameIndex;
      const made = this.#peeled?.words[k];
      if (made) this.#nameWord = made;
      else {
        const spans = this.#source.spans.values;
        const start = spans[this.#base + 2 * k];
        const end = spans[this.#base + 2 * k + 1];
        this.#nameWord = this.#source.wordWithValue(start, end, this.#source.text.slice(start, end), this.name);
      }
    }
    return this.#nameWord;
  }

  /** nameWord.start without making the Word: commandsNamed orders by it. */
  get nameStart(): number {
    if (this.#nameWord) return this.#nameWord.start;
    return this.#source.map(this.#source.spans.values[this.#base + 2 * this.#nameIndex]);
  }

  set nameWord(word: Word) {
    this.#nameWord = word;
  }

  get args(): Word[] {
    if (!this.#args) {
      // Sized up front: pushing onto [] reserves room for 17 words, where most commands have 1 to 4.
      const words = this.#peeled?.words;
      const first = this.#nameIndex + 1;
      const args: Word[] = new Array<Word>(this.#count - first);
      const spans = this.#source.spans.values;
      for (let k = first; k < this.#count; k++) {
        args[k - first] = words?.[k] ?? this.#source.word(spans[this.#base + 2 * k], spans[this.#base + 2 * k + 1]);
      }
      this.#args = args;
    }
    return this.#args;
  }

  set args(args: Word[]) {
    this.#args = args;
  }

  get token(): Token {
    const spans = this.#source.spans.values;
    return (this.#token ??= this.#source.token(spans[this.#base], spans[this.#base + 2 * this.#count - 1]));
  }

  set token(token: Token) {
    this.#token = token;
  }
}
