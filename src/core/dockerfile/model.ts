/**
 * The parsed Dockerfile: the contract between the parser, the rules, the hovers and the fixes.
 * Every token carries its text as written, its offsets into the file and its 0-based range.
 */
import type { LineIndex } from '../text';
import type { LintDiagnostic, Range } from '../types';

/**
 * Tokens from the parser are class instances whose `range` is computed on first read (a getter):
 * copy one with explicit fields, not with `{ ...token }`. A token that spans a line continuation
 * has `start`/`end` around the whole stretch of file and `text` with the continuation removed.
 */
export interface Token {
  /** Text as written in the file (quotes and escapes kept). */
  text: string;
  start: number;
  end: number;
  range: Range;
}

/** A token whose meaning differs from its spelling: a quoted shell word, a JSON string, a flag value. */
export interface Word extends Token {
  /** Quotes removed and escapes resolved; variables not expanded. */
  value: string;
}

export interface Flag {
  /** Lower-case name without dashes: `mount`, `from`, `platform`. */
  name: string;
  token: Token;
  nameToken: Token;
  /** What follows `=`; absent for a bare `--link`. */
  value?: Word;
}

/** One `key=value` of `--mount`, or a bare key such as `readonly`. */
export interface MountOption {
  key: string;
  keyToken: Token;
  value?: Word;
}

export interface Mount {
  flag: Flag;
  /** `bind` when the type is not given, as in BuildKit. */
  type: string;
  options: MountOption[];
  option(key: string): MountOption | undefined;
}

export interface Heredoc {
  delimiter: string;
  /** `<<"EOF"` / `<<'EOF'`: the body is taken literally, no expansion. */
  quoted: boolean;
  /** `<<-EOF`: leading tabs stripped. */
  stripTabs: boolean;
  /** The `<<EOF` marker in the instruction line. */
  marker: Token;
  /** The body lines without the terminator (raw). */
  body: Token;
  /** The terminator line; absent when the heredoc is never closed (a syntax error). */
  terminator?: Token;
}

export type Form = 'exec' | 'shell' | 'none';

/** Parser instructions are class instances: `range` and shell-form `args` are getters computed on first read. */
export interface Instruction {
  /** Upper-case keyword: FROM, RUN... (unknown keywords are kept as written, upper-cased). */
  keyword: string;
  /** The keyword as written, with its range (case preserved for the casing rules). */
  keywordToken: Token;
  /** The whole instruction: keyword to end of its last continuation line or heredoc terminator. */
  start: number;
  end: number;
  range: Range;
  flags: Flag[];
  /** Everything after the flags on the instruction's own lines, continuations joined; heredoc bodies excluded. */
  argsText: string;
  /** Range of that text in the file (first argument character to last). Absent when there are no arguments. */
  argsRange?: Range;
  /**
   * Arguments split as the frontend splits them: whitespace-separated words in shell form,
   * the JSON array's strings in exec form.
   */
  args: Word[];
  form: Form;
  heredocs: Heredoc[];
  /** Index into `Dockerfile.stages`; -1 before the first FROM. */
  stage: number;
  /** For ONBUILD: the trigger instruction, parsed as if it stood alone. */
  trigger?: Instruction;
  /** Comment lines directly above the instruction, nearest last. */
  comments: Comment[];
  /** RUN: each `--mount` flag parsed into its type and options. */
  mounts?: Mount[];
  /** ENV and LABEL pairs, ARG declarations (`name` or `name=default`), in order. */
  pairs?: KeyValue[];
  /** Blank lines inside the instruction's continuation (BuildKit's NoEmptyContinuation). */
  emptyContinuationLines?: Range[];
  /** The ONBUILD instruction this one is the trigger of. */
  parent?: Instruction;
}

/** `KEY=value` (or legacy `KEY value`) of ENV/LABEL, `NAME[=default]` of ARG. */
export interface KeyValue {
  key: Word;
  /** Absent for `ARG NAME` without a default. */
  value?: Word;
  /** The whole pair as written. */
  token: Token;
  /** The whitespace form `ENV KEY value` (BuildKit's LegacyKeyValueFormat). */
  legacy: boolean;
}

export interface Comment {
  /** Text after `#`, trimmed. */
  text: string;
  token: Token;
  /** File offset of the `#` (the token's start): lets a reader test the file text without making the token. */
  readonly start: number;
}

export interface Directive {
  /** Lower-case: syntax, escape, check. */
  name: string;
  value: string;
  token: Token;
  nameToken: Token;
  valueToken: Token;
}

/** An image reference split into its parts after static variable expansion. The part ranges are getters computed on first read. */
export interface ImageRef {
  token: Token;
  /** Text after expanding ARG defaults; undefined where a variable has no default. */
  resolved?: string;
  /** docker.io when the name has no registry part. */
  registry: string;
  /** Whether the registry was written explicitly. */
  explicitRegistry: boolean;
  /** library/node for `node`. */
  repository: string;
  tag?: string;
  digest?: string;
  /** Ranges in the file of each written part (only when written literally, without variables). */
  registryRange?: Range;
  repositoryRange?: Range;
  tagRange?: Range;
  digestRange?: Range;
  /** `scratch`, or a previous stage's name. */
  isScratch: boolean;
  stageRef?: number;
  usesVariables: boolean;
}

export interface Stage {
  index: number;
  from: Instruction;
  image: ImageRef;
  /** `AS name` as written; compare names lower-cased. */
  name?: Token;
  platform?: Flag;
  instructions: Instruction[];
}

export type ShellDialect = 'posix' | 'powershell' | 'cmd';

/** One simple command of a shell script, e.g. `apt-get install -y curl`. `args` and `token` are made on first read. */
export interface ShellCommand {
  /** Program name as invoked (value, e.g. `apt-get`), after `sudo`/`env`/assignments are peeled off. */
  name: string;
  nameWord: Word;
  /** Arguments after the name, quotes removed in `value`, ranges in the Dockerfile. */
  args: Word[];
  /** `VAR=x` prefixes. */
  assignments: Word[];
  /** `sudo`, `env`... that wrapped the command. */
  wrappers: Word[];
  /** Operator that joins it to the previous command: `&&`, `||`, `;`, `|`, newline, or none. */
  joinedBy: '&&' | '||' | ';' | '|' | '\n' | '&' | '';
  /** True when the command writes into a pipe or reads from one. */
  inPipeline: boolean;
  /** Depth of nesting in `sh -c`, `bash -c`, subshells and groups (0 at top level). */
  depth: number;
  /** `set -o pipefail` (or a SHELL with it) is in effect when this command runs. */
  pipefail?: boolean;
  /** The whole command from its first word (assignment or wrapper) to its last argument. */
  token?: Token;
}

export interface ShellScript {
  dialect: ShellDialect;
  commands: ShellCommand[];
  /** `set -o pipefail` is in effect (from SHELL or the script itself). */
  pipefail: boolean;
  /** Set when a heredoc script names a non-shell interpreter (`#!/usr/bin/env python3`): its body is not analysed. */
  interpreter?: string;
}

export interface VariableRef {
  name: string;
  token: Token;
  /** `${X:-d}` → ':-'; plain `$X`/`${X}` → ''. */
  operator: string;
  /** The word after the operator, raw. */
  operand?: string;
}

export interface ArgDeclaration {
  name: string;
  token: Token;
  default?: string;
  instruction: Instruction;
}

export interface Dockerfile {
  text: string;
  lines: LineIndex;
  directives: Directive[];
  escapeChar: '\\' | '`';
  instructions: Instruction[];
  comments: Comment[];
  stages: Stage[];
  /** ARGs declared before the first FROM. */
  globalArgs: ArgDeclaration[];
  syntaxErrors: LintDiagnostic[];
  /** Variable references in an instruction's arguments and flag values. */
  variables(instruction: Instruction): VariableRef[];
  /** Static value of a variable at an instruction (ARG defaults and ENV, with stage scoping). */
  valueOf(name: string, at: Instruction): string | undefined;
  /** Expands variables in `text` as seen at `at`; undefined when something cannot be known statically. */
  expand(text: string, at: Instruction): string | undefined;
  /** Shell analysis of a RUN (shell form or heredoc body) or of a shell-form CMD/ENTRYPOINT; cached. */
  shell(instruction: Instruction): ShellScript | undefined;
  /** Stage that a `--from`, `FROM x` or `--mount from=` names, by name or index. */
  stageByRef(ref: string): Stage | undefined;
}
