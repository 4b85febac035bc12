/**
 * The Instruction objects the parser returns. Shell-form RUN/CMD/ENTRYPOINT arguments are split
 * into words only when someone reads `args` (rules mostly read `shell()` instead), ranges and
 * `argsText` are made on first use, and empty lists are shared: most of a Dockerfile's text is in those
 * instructions. The node also holds the parser's InstructionSource fields (where the arguments
 * sit on the logical line, the shell in effect), so an instruction is one object rather than
 * four (node, source record, empty args and heredoc lists): measured on the 400-file corpus,
 * this and the lazy fields cut the parse's allocation from 15.1 to about 13 MB.
 *
 * It is also its own logical line: the lexer joins the instruction's lines into the node and
 * notes what it found around them, and the parser fills in the rest. A separate lexer record per
 * instruction (112 bytes, most of its fields copied over) was about 6% of the parse's allocation.
 */
import type { LineIndex } from '../text';
import type { Range } from '../types';
import type { Comment, Flag, Form, Heredoc, Instruction, KeyValue, Mount, ShellScript, Token, VariableRef, Word } from './model';
import type { KeywordInfo } from './instructions';
import type { RawHeredoc } from './lexer';
import { LogicalLine } from './source';

/** Lists most instructions leave empty: shared, as nothing adds to an instruction's lists after the parse. */
const NO_COMMENTS: Comment[] = [];
const NO_FLAGS: Flag[] = [];
const NO_HEREDOCS: Heredoc[] = [];

// Every field starts with a value (optional ones with undefined) so every instruction has one object shape (fast property access in rules).
export class InstructionNode extends LogicalLine implements Instruction {
  /** Upper-case keyword and its lexer lookup (undefined for an unknown keyword). */
  keyword = '';
  info: KeywordInfo | undefined = undefined;
  /** Set by the lexer (or, for an ONBUILD trigger, the parser) before the node is handed on. */
  keywordToken!: Token;
  start = 0;
  end = 0;
  flags: Flag[] = NO_FLAGS;
  comments: Comment[] = NO_COMMENTS;
  /** Logical offsets of the arguments (after flags). */
  argsStart = 0;
  argsEnd = 0;
  /** The SHELL in effect (exec-form words), undefined for the default. */
  shell: string[] | undefined = undefined;
  /** Default shell of the stage when no SHELL is set: Windows images run cmd. */
  windows = false;
  /** From the lexer: the heredocs the instruction opens, and file offsets of blank lines inside its continuation. */
  rawHeredocs: RawHeredoc[] | undefined = undefined;
  blankLines: number[] | undefined = undefined;
  form: Form = 'none';
  stage = -1;
  trigger?: Instruction = undefined;
  mounts?: Mount[] = undefined;
  pairs?: KeyValue[] = undefined;
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

  constructor(lines: LineIndex) {
    super();
    this.#lines = lines;
  }

  /**
   * The logical line the instruction was parsed from: the node itself, or its parent's for an ONBUILD
   * trigger (found through `parent`, which the parser sets on every trigger, rather than a field of its own).
   */
  get line(): LogicalLine {
    const parent = this.parent;
    return parent instanceof InstructionNode ? parent.line : this;
  }

  /**
   * Ranges of the blank lines inside the continuation, made on read from the lexer's offsets: only
   * NoEmptyContinuation reads them, and few instructions have any (a cached list would cost every instruction a field).
   */
  get emptyContinuationLines(): Range[] | undefined {
    const lines = this.#lines;
    return this.blankLines?.map((o) => lines.range(o, lines.lineEnd(lines.positionAt(o).line)));
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

  /** Most instructions have no heredoc: they share one empty list rather than each making its own. */
  get heredocs(): Heredoc[] {
    return this.#heredocs ?? NO_HEREDOCS;
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
