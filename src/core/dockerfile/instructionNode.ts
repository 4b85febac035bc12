/**
 * The Instruction objects the parser returns. Shell-form RUN/CMD/ENTRYPOINT arguments are split
 * into words only when someone reads `args` (rules mostly read `shell()` instead), and ranges,
 * `argsText` and empty `heredocs` are made on first use: most of a Dockerfile's text is in those
 * instructions. The node also holds the parser's InstructionSource fields (where the arguments
 * sit on the logical line, the shell in effect), so an instruction is one object rather than
 * four (node, source record, empty args and heredoc lists): measured on the 400-file corpus,
 * this and the lazy fields cut the parse's allocation from 15.1 to about 13 MB.
 */
import type { LineIndex } from '../text';
import type { Range } from '../types';
import type { Comment, Flag, Form, Heredoc, Instruction, KeyValue, Mount, ShellScript, Token, VariableRef, Word } from './model';
import type { LogicalLine } from './source';

// Optional fields start as undefined so every instruction has one object shape (fast property access in rules).
export class InstructionNode implements Instruction {
  form: Form = 'none';
  stage = -1;
  trigger?: Instruction = undefined;
  mounts?: Mount[] = undefined;
  pairs?: KeyValue[] = undefined;
  emptyContinuationLines?: Range[] = undefined;
  parent?: Instruction = undefined;
  /** Cached answers of Dockerfile.shell() (null: not a shell instruction) and Dockerfile.variables(). */
  script?: ShellScript | null = undefined;
  variables?: VariableRef[] = undefined;
  readonly #lines: LineIndex;
  #range: Range | undefined = undefined;
  /** null until first read (undefined is a valid answer: no arguments). */
  #argsRange: Range | undefined | null = null;
  #argsText: string | undefined = undefined;
  #heredocs: Heredoc[] | undefined = undefined;
  /** The words, or the function that splits them on first read (one field for both), or undefined for none yet. */
  #args: Word[] | ((node: InstructionNode) => Word[]) | undefined = undefined;

  constructor(
    lines: LineIndex,
    public keyword: string,
    public keywordToken: Token,
    public start: number,
    public end: number,
    public flags: Flag[],
    public comments: Comment[],
    /** The logical line the instruction was parsed from (an ONBUILD trigger shares its parent's). */
    readonly line: LogicalLine,
    /** Logical offsets of the arguments (after flags). */
    readonly argsStart: number,
    readonly argsEnd: number,
    /** The SHELL in effect (exec-form words), undefined for the default. */
    readonly shell: string[] | undefined,
    /** Default shell of the stage when no SHELL is set: Windows images run cmd. */
    readonly windows: boolean,
  ) {
    this.#lines = lines;
  }

  get range(): Range {
    return (this.#range ??= this.#lines.range(this.start, this.end));
  }

  set range(range: Range) {
    this.#range = range;
  }

  get argsText(): string {
    return (this.#argsText ??= this.line.text.slice(this.argsStart, this.argsEnd));
  }

  set argsText(text: string) {
    this.#argsText = text;
  }

  /** Range of the arguments (first argument character to last), undefined when there are none. */
  get argsRange(): Range | undefined {
    if (this.#argsRange === null) {
      const { line, argsStart, argsEnd } = this;
      this.#argsRange = argsEnd > argsStart ? this.#lines.range(line.toFile(argsStart), line.toFileEnd(argsStart, argsEnd)) : undefined;
    }
    return this.#argsRange;
  }

  set argsRange(range: Range | undefined) {
    this.#argsRange = range;
  }

  get heredocs(): Heredoc[] {
    return (this.#heredocs ??= []);
  }

  set heredocs(heredocs: Heredoc[]) {
    this.#heredocs = heredocs;
  }

  get args(): Word[] {
    const args = this.#args;
    if (Array.isArray(args)) return args;
    return (this.#args = args ? args(this) : []);
  }

  set args(args: Word[]) {
    this.#args = args;
  }

  /** Splits the arguments on first read of `args`; one `split` serves every instruction, so no closure per instruction. */
  deferArgs(split: (node: InstructionNode) => Word[]): void {
    this.#args = split;
  }
}
