/**
 * The objects the RUN analysis hands to rules: Words over spans of a script's text, and commands
 * whose Words and whole-command token are made only when a rule reads them.
 */
import type { LineIndex } from '../text';
import type { ShellCommand, Token, Word } from './model';
import { LazyToken, LazyWord, type OffsetMap } from './source';
import { firstQuoteOrEscape, unquoteFrom } from './shellQuotes';

/**
 * A script's text with its map to file offsets; shared by a script and the `$(...)` inside it. The
 * words of all its commands live in one flat array of (start, end) pairs, so a command costs no
 * array of its own.
 */
export class ScriptText {
  readonly spans: number[] = [];

  constructor(
    readonly text: string,
    readonly map: OffsetMap,
    private readonly lines: LineIndex,
  ) {}

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

/**
 * A simple command: its `count` words are the pairs of `source.spans` from `base`. Linting the corpus
 * reads the arguments of 2,800 of 10,100 commands (8,800 of 27,500 argument words) and the name word
 * of 2,000, so `nameWord`, `args` and `token` are made on first read; `name` is a plain string.
 */
export class CommandNode implements ShellCommand {
  inPipeline: boolean;
  #nameWord: Word | undefined;
  #args: Word[] | undefined;
  #token: Token | undefined;
  readonly #source: ScriptText;
  readonly #base: number;
  readonly #count: number;
  readonly #nameIndex: number;
  /** Words made while peeling assignments and wrappers, by index; reused so each word is one object. */
  readonly #words: (Word | undefined)[] | undefined;

  constructor(
    source: ScriptText,
    base: number,
    count: number,
    nameIndex: number,
    readonly name: string,
    words: (Word | undefined)[] | undefined,
    readonly assignments: Word[],
    readonly wrappers: Word[],
    public joinedBy: ShellCommand['joinedBy'],
    readonly depth: number,
    readonly pipefail: boolean,
  ) {
    this.#source = source;
    this.#base = base;
    this.#count = count;
    this.#nameIndex = nameIndex;
    this.#words = words;
    this.inPipeline = joinedBy === '|';
  }

  get nameWord(): Word {
    if (!this.#nameWord) {
      const k = this.#nameIndex;
      const made = this.#words?.[k];
      if (made) this.#nameWord = made;
      else {
        const spans = this.#source.spans;
        const start = spans[this.#base + 2 * k];
        const end = spans[this.#base + 2 * k + 1];
        this.#nameWord = this.#source.wordWithValue(start, end, this.#source.text.slice(start, end), this.name);
      }
    }
    return this.#nameWord;
  }

  set nameWord(word: Word) {
    this.#nameWord = word;
  }

  get args(): Word[] {
    if (!this.#args) {
      const args: Word[] = [];
      const spans = this.#source.spans;
      for (let k = this.#nameIndex + 1; k < this.#count; k++) {
        args.push(this.#words?.[k] ?? this.#source.word(spans[this.#base + 2 * k], spans[this.#base + 2 * k + 1]));
      }
      this.#args = args;
    }
    return this.#args;
  }

  set args(args: Word[]) {
    this.#args = args;
  }

  get token(): Token {
    const spans = this.#source.spans;
    return (this.#token ??= this.#source.token(spans[this.#base], spans[this.#base + 2 * this.#count - 1]));
  }

  set token(token: Token) {
    this.#token = token;
  }
}
