/**
 * The Instruction objects the parser returns. Shell-form RUN/CMD/ENTRYPOINT arguments are split
 * into words only when someone reads `args` (rules mostly read `shell()` instead), and ranges
 * are computed on first use: most of a Dockerfile's text is in those instructions.
 */
import type { LineIndex } from '../text';
import type { Range } from '../types';
import type { Comment, Flag, Form, Heredoc, Instruction, KeyValue, Mount, Token, Word } from './model';

// Optional fields start as undefined so every instruction has one object shape (fast property access in rules).
export class InstructionNode implements Instruction {
  form: Form = 'none';
  heredocs: Heredoc[] = [];
  stage = -1;
  trigger?: Instruction = undefined;
  mounts?: Mount[] = undefined;
  pairs?: KeyValue[] = undefined;
  emptyContinuationLines?: Range[] = undefined;
  parent?: Instruction = undefined;
  readonly #lines: LineIndex;
  #range: Range | undefined;
  #argsRange: Range | undefined = undefined;
  /** File offsets of the arguments while their range is not computed yet; -1 when there are none. */
  #argsFrom = -1;
  #argsTo = -1;
  #args: Word[] | undefined = [];
  #split: (() => Word[]) | undefined;
  #source: unknown;

  constructor(
    lines: LineIndex,
    public keyword: string,
    public keywordToken: Token,
    public start: number,
    public end: number,
    public flags: Flag[],
    public argsText: string,
    public comments: Comment[],
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.range(this.start, this.end));
  }

  set range(range: Range) {
    this.#range = range;
  }

  /** Range of the arguments, computed on first read like `range`. */
  get argsRange(): Range | undefined {
    if (this.#argsRange === undefined && this.#argsFrom >= 0) this.#argsRange = this.#lines.range(this.#argsFrom, this.#argsTo);
    return this.#argsRange;
  }

  set argsRange(range: Range | undefined) {
    this.#argsRange = range;
    this.#argsFrom = -1;
  }

  /** Where the arguments are in the file; `argsRange` is made from it on first read. */
  setArgsSpan(from: number, to: number): void {
    this.#argsRange = undefined;
    this.#argsFrom = from;
    this.#argsTo = to;
  }

  get args(): Word[] {
    if (this.#args === undefined) {
      this.#args = this.#split ? this.#split() : [];
      this.#split = undefined;
    }
    return this.#args;
  }

  set args(args: Word[]) {
    this.#args = args;
    this.#split = undefined;
  }

  /** Parser-private data about where the instruction came from (see InstructionSource). */
  get source(): unknown {
    return this.#source;
  }

  set source(source: unknown) {
    this.#source = source;
  }

  /** Splits the arguments on first read of `args`. */
  deferArgs(split: () => Word[]): void {
    this.#args = undefined;
    this.#split = split;
  }
}
