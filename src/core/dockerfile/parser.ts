/**
 * The Dockerfile parser: one pass over the lines (lexer.ts), then each instruction split into
 * keyword, flags and arguments with exact ranges, checked the way today's BuildKit frontend
 * checks it, and linked into stages. Never throws: problems become syntax diagnostics.
 */
import { LineIndex } from '../text';
import type { LintDiagnostic } from '../types';
import type { RuleMeta } from '../rule';
import type {
  ArgDeclaration, Comment, Dockerfile, Flag, Heredoc, Instruction, KeyValue, Mount, ShellScript, Stage,
  Token, VariableRef, Word,
} from './model';
import { keywordToken, lex, type RawHeredoc } from './lexer';
import { InstructionNode } from './instructionNode';
import { LogicalLine, TokenFactory } from './source';
import { extractFlags, parseJsonArray, skipSpaces, splitFields, splitWords, trimEnd, unquote, unterminatedQuote, wordSplit, type Span, type WordSplit } from './words';
import {
  FLAGS, KEYWORDS, NETWORK_MODES, SECURITY_MODES, durationProblem, isBool, keywordAt, portProblem, signalProblem, type KeywordInfo,
} from './instructions';
import { parseMount, type MountProblem } from './mounts';
import { scanVariables, type SubstitutionError, type VariableSpan } from './variables';
import { imageRef, imageRefProblem, splitImage } from './imageRef';
import { PORT_RANGE_ALIASES, SYNTAX, dockerfileSyntaxChecks as checks, syntaxDiagnostic } from './syntaxChecks';
import { Scope } from './scope';
import { analyzeInstructionShell, shellDialect } from './shell';

export const dockerfileSyntaxChecks: readonly RuleMeta[] = checks;

/** What the parser keeps about an instruction beyond the public model, for lazy queries. */
export interface InstructionSource {
  line: LogicalLine;
  /** Logical offsets of the arguments (after flags). */
  argsStart: number;
  argsEnd: number;
  /** The SHELL in effect (exec-form words), undefined for the default. */
  shell?: string[];
  /** Default shell of the stage when no SHELL is set: Windows images run cmd. */
  windows: boolean;
  /** Cached answers of Dockerfile.shell() (null: not a shell instruction) and Dockerfile.variables(). */
  script?: ShellScript | null;
  variables?: VariableRef[];
}

/** Parser instructions are their own InstructionSource (one object per instruction). */
export function sourceOf(instruction: Instruction): InstructionSource | undefined {
  return instruction instanceof InstructionNode ? instruction : undefined;
}

/** The mounts of a RUN without any: shared, as most have none and nothing adds to the list. */
const NO_MOUNTS: Mount[] = [];

const TRIGGER_FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

class Parser {
  readonly lines: LineIndex;
  readonly tokens: TokenFactory;
  readonly diagnostics: LintDiagnostic[] = [];
  escape = 92;
  readonly stages: Stage[] = [];
  readonly globalArgs: ArgDeclaration[] = [];
  readonly scope = new Scope(this.globalArgs, this.stages);
  /** SHELL per stage as it stands after the instructions seen so far. */
  private stageShell: (string[] | undefined)[] = [];
  private stageWindows: boolean[] = [];
  /** Lower-cased name of each stage ('' when unnamed), for FROM <stage> lookups and the model's stageByRef. */
  readonly stageNames: string[] = [];
  /** Scratch for every word split: each split is read before the next one starts. */
  private readonly split = wordSplit();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.tokens = new TokenFactory(this.lines);
  }

  /** Splits shell-form RUN/CMD/ENTRYPOINT arguments when `args` is first read; one function for all, not a closure each. */
  private readonly splitShellArgs = (node: InstructionNode): Word[] =>
    this.words(node.line, node.argsStart, node.argsEnd, this.escape === 92 && !this.nonPosixShell(node));

  report(meta: RuleMeta, token: { range: Token['range'] }, message: string, aliases: readonly string[] = meta.aliases): void {
    this.diagnostics.push(syntaxDiagnostic(meta, token.range, message, aliases));
  }

  parse(): Dockerfile {
    const lexed = lex(this.text, this.tokens);
    this.escape = lexed.escape;
    for (const d of lexed.directives) this.checkDirective(d.name, d.value, d.valueToken);
    for (const d of lexed.duplicateDirectives) {
      this.report(SYNTAX.invalidDirective, d.token, `Only one "${d.name}" parser directive may be used; remove this one.`);
    }
    for (const m of lexed.misplacedDirectives) {
      this.report(
        SYNTAX.misplacedDirective,
        m.token,
        `This "${m.name}" directive is ignored: parser directives must be the first lines of the file, before any blank line, comment or instruction. Move it to the top.`,
      );
    }
    // The lexer's nodes are the instructions: each is completed in place.
    const instructions = lexed.instructions;
    for (const node of instructions) {
      this.complete(node, node, skipSpaces(node.text, 0) + node.keywordToken.text.length);
      this.place(node);
    }
    return new DockerfileModel(this, lexed.directives, lexed.comments, instructions);
  }

  private checkDirective(name: string, value: string, token: Token): void {
    if (name === 'escape' && value !== '\\' && value !== '`') {
      this.report(SYNTAX.invalidDirective, token, `Invalid escape character "${value}": the escape directive accepts only \\ or \`.`);
    } else if (name === 'check') {
      for (const part of value.split(';')) {
        const eq = part.indexOf('=');
        const key = (eq < 0 ? part : part.slice(0, eq)).trim();
        const v = eq < 0 ? '' : part.slice(eq + 1).trim();
        if (key === 'skip' || key === 'experimental') continue;
        if (key === 'error') {
          if (!isBool(v)) this.report(SYNTAX.invalidDirective, token, `check option error takes true or false, not "${v}".`);
          continue;
        }
        this.report(SYNTAX.invalidDirective, token, `Invalid check option "${key}": use skip=<rules|all>, error=<true|false> or experimental=<rules|all>, separated by ;.`);
      }
    }
  }

  /** Stage bookkeeping for a top-level instruction. */
  private place(instruction: Instruction): void {
    if (instruction.keyword === 'FROM') {
      this.startStage(instruction);
      return;
    }
    const stage = this.stages.length - 1;
    instruction.stage = stage;
    if (stage < 0) {
      if (instruction.keyword === 'ARG') {
        for (const pair of instruction.pairs ?? []) {
          this.globalArgs.push({ name: pair.key.value, token: pair.key, default: pair.value?.value, instruction });
        }
      } else if (KEYWORDS.has(instruction.keyword)) {
        this.report(
          SYNTAX.noFrom,
          instruction.keywordToken,
          `${instruction.keyword} comes before the first FROM; only ARG may precede FROM. Add a FROM line above it.`,
        );
      }
      return;
    }
    this.stages[stage].instructions.push(instruction);
    if (instruction.keyword === 'SHELL' && instruction.form === 'exec' && instruction.args.length > 0) {
      this.stageShell[stage] = instruction.args.map((a) => a.value);
    }
    if (instruction.trigger) instruction.trigger.stage = stage;
  }

  private startStage(from: Instruction): void {
    const index = this.stages.length;
    from.stage = index;
    const args = from.args;
    if (args.length > 0 && args.length !== 1 && args.length !== 3) {
      this.report(SYNTAX.invalidFrom, from.argsRange ? { range: from.argsRange } : from.keywordToken, 'FROM takes an image, optionally followed by AS <name>: FROM <image> [AS <name>].');
    } else if (args.length === 3 && args[1].value.toLowerCase() !== 'as') {
      this.report(SYNTAX.invalidFrom, args[1], `Expected AS before the stage name, found "${args[1].text}".`);
    }
    const nameWord = args.length === 3 && args[1].value.toLowerCase() === 'as' ? args[2] : undefined;
    if (nameWord && !STAGE_NAME.test(nameWord.value.toLowerCase())) {
      this.report(
        SYNTAX.invalidFrom,
        nameWord,
        `"${nameWord.value}" is not a valid stage name: start with a letter and use only letters, digits, -, _ and .`,
      );
    }
    // `FROM` with no image (already reported) still opens a stage, so every FROM has one: an empty reference.
    const src = sourceOf(from)!;
    const word = args[0] ?? this.tokens.word(src.line, src.argsStart, src.argsStart, '');
    const resolved = this.scope.expandGlobal(word.text, from, this.escape);
    const parts = splitImage(word.value.includes('$') ? (resolved ?? word.value) : word.value);
    const image = imageRef(word, word.value, resolved, this.lines, parts);
    const effective = (resolved ?? word.value).toLowerCase();
    const parent = effective === '' ? -1 : this.stageNames.indexOf(effective);
    if (parent >= 0) image.stageRef = parent;
    else if (!image.usesVariables && !image.isScratch && word.value) {
      // Without variables the reference parsed above is word.value's own.
      const problem = imageRefProblem(word.value, parts);
      if (problem) this.report(SYNTAX.invalidFrom, word, `Invalid image reference "${word.value}": ${problem}.`);
    }
    const stage: Stage = { index, from, image, instructions: [] };
    if (nameWord) stage.name = nameWord;
    this.stageNames.push(nameWord ? nameWord.text.toLowerCase() : '');
    const platform = from.flags.find((f) => f.name === 'platform');
    if (platform) stage.platform = platform;
    this.stages.push(stage);
    // Every Windows base name holds "windows" or "server": the regexes run only for those.
    const windowsBase =
      (effective.includes('windows') || effective.includes('server')) &&
      (/(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:@-]|$)/i.test(effective) || /windows\/(servercore|nanoserver)/i.test(effective));
    this.stageShell.push(parent >= 0 ? this.stageShell[parent] : undefined);
    this.stageWindows.push(parent >= 0 ? this.stageWindows[parent] : windowsBase || this.escape === 96);
  }

  /**
   * Completes a lexed instruction (or an ONBUILD trigger) whose keyword ends at logical offset `ke`
   * of `line`: flags, arguments and their checks.
   */
  private complete(instruction: InstructionNode, line: LogicalLine, ke: number): void {
    const lt = line.text;
    const info = instruction.info;
    const keywordToken = instruction.keywordToken;
    // Flags are rare: only a `--` after the keyword needs the flag scanner and its arrays.
    let argsStart = skipSpaces(lt, ke);
    let unterminatedFlag: Span | undefined;
    if (lt.charCodeAt(argsStart) === 45 && lt.charCodeAt(argsStart + 1) === 45) {
      const flagSpans = extractFlags(lt, ke, lt.length);
      instruction.flags = flagSpans.flags.map((f) => this.flag(line, f));
      argsStart = flagSpans.rest;
      unterminatedFlag = flagSpans.unterminated;
    }
    const argsEnd = trimEnd(lt, argsStart, lt.length);
    instruction.argsStart = argsStart;
    instruction.argsEnd = argsEnd;
    // The shell in effect where the instruction stands: the SHELL above it in the stage, or the image's default.
    const stage = this.stages.length - 1;
    if (stage >= 0) {
      instruction.shell = this.stageShell[stage];
      instruction.windows = this.stageWindows[stage];
    } else instruction.windows = this.escape === 96;
    if (unterminatedFlag) {
      const s = unterminatedFlag;
      this.report(SYNTAX.unterminatedQuote, this.tokens.logical(line, s.start, trimEnd(lt, s.start, s.end)), 'This flag opens a quote that is never closed; close it or remove it.');
    }
    if (instruction.rawHeredocs) instruction.heredocs = instruction.rawHeredocs.map((h) => this.heredoc(line, h));

    if (!info) {
      this.report(SYNTAX.unknownInstruction, keywordToken, unknownMessage(keywordToken.text));
      instruction.args = this.words(line, argsStart, argsEnd, false);
      instruction.form = instruction.args.length ? 'shell' : 'none';
      return;
    }
    this.checkFlags(instruction, line);
    this.arguments(instruction, info, line, argsStart, argsEnd, instruction.rawHeredocs !== undefined);
    if (instruction.keyword === 'ONBUILD') this.onbuild(instruction, line, argsStart, argsEnd);
    if (info.expandsVariables || instruction.flags.length) this.checkSubstitutions(instruction, info, line, argsStart, argsEnd);
  }

  private flag(line: LogicalLine, s: Span): Flag {
    const lt = line.text;
    let eq = lt.indexOf('=', s.start);
    if (eq < 0 || eq >= s.end) eq = -1;
    const nameEnd = eq < 0 ? s.end : eq;
    const token = this.tokens.logical(line, s.start, s.end);
    const nameToken = this.tokens.logical(line, s.start, nameEnd);
    const name = unquote(lt, s.start + 2, nameEnd, 92).toLowerCase();
    const flag: Flag = { name, token, nameToken };
    if (eq >= 0) flag.value = this.tokens.word(line, eq + 1, s.end, unquote(lt, eq + 1, s.end, 92));
    return flag;
  }

  private heredoc(line: LogicalLine, h: RawHeredoc): Heredoc {
    const heredoc: Heredoc = {
      delimiter: h.delimiter,
      quoted: h.quoted,
      stripTabs: h.stripTabs,
      marker: this.tokens.logical(line, h.markerStart, h.markerEnd),
      body: this.tokens.file(h.bodyStart, h.bodyEnd),
    };
    if (h.terminatorStart !== undefined) heredoc.terminator = this.tokens.file(h.terminatorStart, h.terminatorEnd!);
    else {
      this.report(
        SYNTAX.unterminatedHeredoc,
        heredoc.marker,
        `The heredoc ${heredoc.marker.text} is never closed: add a line containing only ${h.delimiter} after its body.`,
      );
    }
    return heredoc;
  }

  private words(line: LogicalLine, start: number, end: number, shellComments: boolean, report?: Instruction): Word[] {
    const split = splitWords(line.text, start, end, this.escape, shellComments, this.split);
    if (split.unterminated && report) this.reportQuote(line, split.unterminated.start, split.unterminated.end);
    return this.wordsAt(line, split);
  }

  private fields(line: LogicalLine, start: number, end: number, report?: Instruction): Word[] {
    const split = splitFields(line.text, start, end, this.escape, this.split);
    if (split.unterminated && report) this.reportQuote(line, split.unterminated.start, split.unterminated.end);
    return this.wordsAt(line, split);
  }

  /**
   * The words of a split; when no word has quotes or escapes, each value is its text, with no second scan.
   * The array is made at its final size: the first push into `[]` reserves 16 slots, for mostly one to three words.
   */
  private wordsAt(line: LogicalLine, split: WordSplit): Word[] {
    const bounds = split.bounds;
    const out = new Array<Word>(split.length >> 1);
    for (let k = 0; k < split.length; k += 2) out[k >> 1] = this.word(line, bounds[k], bounds[k + 1], split.plain);
    return out;
  }

  /** A word over logical offsets; `plain` when the text is known to hold no quote or escape (its value is its text). */
  private word(line: LogicalLine, start: number, end: number, plain: boolean): Word {
    return plain ? this.tokens.plain(line, start, end) : this.tokens.unquoted(line, start, end, this.escape);
  }

  private reportQuote(line: LogicalLine, start: number, end: number): void {
    const quote = line.text[start] === '"' ? 'double' : 'single';
    this.report(SYNTAX.unterminatedQuote, this.tokens.logical(line, start, end), `This ${quote} quote is never closed; close it or escape it.`);
  }

  private checkFlags(instruction: Instruction, line: LogicalLine): void {
    if (instruction.flags.length === 0) {
      if (instruction.keyword === 'RUN') instruction.mounts = NO_MOUNTS;
      return;
    }
    const allowed = FLAGS[instruction.keyword] ?? {};
    const seen = new Set<string>();
    const mounts: Mount[] = [];
    for (const flag of instruction.flags) {
      const kind = allowed[flag.name];
      if (!kind) {
        const names = Object.keys(allowed);
        this.report(
          SYNTAX.unknownFlag,
          flag.nameToken,
          names.length
            ? `${instruction.keyword} does not accept --${flag.name}; it accepts ${names.map((n) => '--' + n).join(', ')}.`
            : `${instruction.keyword} takes no flags; remove --${flag.name}.`,
        );
        continue;
      }
      if (kind !== 'array') {
        if (seen.has(flag.name)) this.report(SYNTAX.duplicateFlag, flag.token, `--${flag.name} is given more than once; keep one.`);
        seen.add(flag.name);
      }
      const value = flag.value?.value;
      if (kind === 'bool') {
        if (value !== undefined && !isBool(value)) this.report(SYNTAX.invalidFlagValue, flag.value!, `--${flag.name} takes true or false, not "${value}".`);
        continue;
      }
      if (value === undefined) {
        this.report(SYNTAX.invalidFlagValue, flag.token, `--${flag.name} needs a value: write --${flag.name}=<value>.`);
        continue;
      }
      if (value.includes('$')) {
        if (flag.name === 'mount') mounts.push(this.mount(flag, line));
        continue;
      }
      let problem: string | undefined;
      if (kind === 'duration') problem = durationProblem(value);
      else if (kind === 'int') problem = /^-?\d+$/.test(value) ? (Number(value) < 0 ? `--${flag.name} cannot be negative` : undefined) : `--${flag.name} takes a whole number, not "${value}"`;
      else if (flag.name === 'network' && !NETWORK_MODES.includes(value)) problem = `--network takes default, none or host, not "${value}"`;
      else if (flag.name === 'security' && !SECURITY_MODES.includes(value)) problem = `--security takes insecure or sandbox, not "${value}"`;
      else if (flag.name === 'checksum' && !/^[a-z0-9]+:[0-9a-fA-F]+$/.test(value)) problem = `--checksum takes a digest such as sha256:<hex>, not "${value}"`;
      else if (flag.name === 'from' && value === '') problem = '--from needs a stage name, a stage index or an image';
      else if (flag.name === 'mount') mounts.push(this.mount(flag, line));
      if (problem) this.report(SYNTAX.invalidFlagValue, flag.value!, problem.endsWith('.') ? problem : problem + '.');
    }
    if (instruction.keyword === 'RUN') instruction.mounts = mounts;
  }

  private mount(flag: Flag, line: LogicalLine): Mount {
    const v = flag.value!;
    // Logical offset of the value: it ends where the flag ends.
    const flagEnd = line.fromFile(flag.token.end);
    const valueStart = flagEnd - v.text.length;
    const problems: MountProblem[] = [];
    const mount = parseMount(
      flag,
      v.text,
      (s, e, value) => (value === undefined ? this.tokens.logical(line, valueStart + s, valueStart + e) : this.tokens.word(line, valueStart + s, valueStart + e, value)),
      problems,
    );
    for (const p of problems) this.report(SYNTAX.invalidMount, p.token, p.message);
    return mount;
  }

  private arguments(instruction: InstructionNode, info: KeywordInfo, line: LogicalLine, start: number, end: number, hasHeredoc: boolean): void {
    const k = instruction.keyword;
    const lt = line.text;
    /** The split of ENV/LABEL/ARG arguments, for their pairs. */
    let quoted: WordSplit | undefined;
    if (k === 'HEALTHCHECK') {
      this.healthcheck(instruction, line, start, end);
      return;
    }
    if (info.execCapable) {
      const json = lt.charCodeAt(start) === 91 ? parseJsonArray(lt, start, end) : undefined;
      if (json) {
        instruction.form = 'exec';
        instruction.args = json.map((j) => this.tokens.word(line, j.start, j.end, j.value));
        if (k === 'SHELL' && json.length === 0) this.report(SYNTAX.missingArguments, instruction.keywordToken, 'SHELL needs at least the shell program: SHELL ["/bin/sh", "-c"].');
        if (k === 'VOLUME') for (const a of instruction.args) if (!a.value.trim()) this.report(SYNTAX.missingArguments, a, 'A VOLUME path cannot be empty.');
        if ((k === 'COPY' || k === 'ADD') && json.length < 2) this.report(SYNTAX.missingArguments, instruction.argsRange ? { range: instruction.argsRange } : instruction.keywordToken, `${k} needs at least a source and a destination.`);
        return;
      }
      if (lt.charCodeAt(start) === 91 && lt.charCodeAt(end - 1) === 93) {
        const token = this.tokens.logical(line, start, end);
        if (k === 'SHELL') {
          this.report(SYNTAX.shellFormRequired, token, 'SHELL needs a valid JSON array of strings, with double quotes: SHELL ["/bin/bash", "-c"].');
        } else {
          const why = lt.slice(start, end).includes("'") ? 'JSON needs double quotes, not single quotes' : 'it is not a valid JSON array of strings';
          this.report(SYNTAX.invalidExecForm, token, `These arguments look like exec form but ${why}, so they run as a shell command instead. Fix the JSON: ["executable", "arg"].`);
        }
      } else if (k === 'SHELL' && end > start) {
        this.report(SYNTAX.shellFormRequired, this.tokens.logical(line, start, end), 'SHELL must be written in JSON form: SHELL ["/bin/bash", "-o", "pipefail", "-c"].');
      }
    }
    if (info.singleValue) {
      if (end > start) instruction.args = [this.tokens.unquoted(line, start, end, this.escape)];
    } else if (k === 'RUN' || k === 'CMD' || k === 'ENTRYPOINT') {
      // The shell splits these; words are made only if a reader asks for them.
      const posix = this.escape === 92 && !this.nonPosixShell(instruction);
      if (posix) {
        const open = unterminatedQuote(lt, start, end);
        if (open >= 0) this.reportQuote(line, open, end);
      }
      if (end > start) instruction.deferArgs(this.splitShellArgs);
    } else if (info.quotedWords) {
      const split = splitWords(lt, start, end, this.escape, false, this.split);
      if (split.unterminated) this.reportQuote(line, split.unterminated.start, split.unterminated.end);
      instruction.args = this.wordsAt(line, split);
      quoted = split;
    } else {
      instruction.args = this.fields(line, start, end, instruction);
    }
    const empty = end <= start;
    instruction.form = !empty || hasHeredoc ? 'shell' : 'none';
    if (empty && !hasHeredoc) {
      this.report(SYNTAX.missingArguments, instruction.keywordToken, missingMessage(k));
      return;
    }
    switch (k) {
      case 'COPY':
      case 'ADD':
        if (instruction.args.length < 2) {
          this.report(SYNTAX.missingArguments, instruction.args[0] ?? instruction.keywordToken, `${k} needs at least a source and a destination: ${k} <src>... <dest>.`);
        }
        break;
      case 'ENV':
      case 'LABEL':
        instruction.pairs = this.keyValues(instruction, line, start, end, quoted!);
        break;
      case 'ARG':
        instruction.pairs = this.argPairs(instruction, line, quoted!);
        break;
      case 'EXPOSE':
        for (const a of instruction.args) {
          if (a.value.includes('$')) continue;
          const problem = portProblem(a.value);
          if (problem) this.report(SYNTAX.invalidPort, a, `Invalid EXPOSE value: ${problem.message}.`, problem.outOfRange ? PORT_RANGE_ALIASES : SYNTAX.invalidPort.aliases);
        }
        break;
      case 'STOPSIGNAL': {
        const a = instruction.args[0];
        if (!a.value.includes('$')) {
          const problem = signalProblem(a.value);
          if (problem) this.report(SYNTAX.invalidSignal, a, problem + '.');
        }
        break;
      }
    }
  }

  private nonPosixShell(src: InstructionSource): boolean {
    return shellDialect(src.shell, src.windows) !== 'posix';
  }

  private healthcheck(instruction: Instruction, line: LogicalLine, start: number, end: number): void {
    const lt = line.text;
    const first = this.words(line, start, end, false).slice(0, 1);
    if (first.length === 0) {
      this.report(SYNTAX.missingArguments, instruction.keywordToken, 'HEALTHCHECK needs CMD <command> or NONE.');
      return;
    }
    const type = first[0].value.toUpperCase();
    if (type === 'NONE') {
      const rest = this.words(line, start, end, false);
      instruction.args = rest;
      if (rest.length > 1) this.report(SYNTAX.extraArguments, rest[1], 'HEALTHCHECK NONE takes no arguments; remove what follows NONE.');
      if (instruction.flags.length) this.report(SYNTAX.extraArguments, instruction.flags[0].token, 'HEALTHCHECK NONE takes no options; remove the flags.');
      return;
    }
    if (type !== 'CMD') {
      instruction.args = this.words(line, start, end, false);
      this.report(SYNTAX.invalidHealthcheck, first[0], `Unknown HEALTHCHECK type "${first[0].value}"; use CMD <command> or NONE.`);
      return;
    }
    const cmdStart = skipSpaces(lt, first[0].end - first[0].start + start);
    const json = lt.charCodeAt(cmdStart) === 91 ? parseJsonArray(lt, cmdStart, end) : undefined;
    if (json) {
      instruction.form = 'exec';
      instruction.args = [first[0], ...json.map((j) => this.tokens.word(line, j.start, j.end, j.value))];
      if (json.length === 0) this.report(SYNTAX.missingArguments, first[0], 'HEALTHCHECK CMD needs a command to run.');
      return;
    }
    instruction.form = 'shell';
    instruction.args = [first[0], ...this.words(line, cmdStart, end, true, instruction)];
    if (instruction.args.length === 1) this.report(SYNTAX.missingArguments, first[0], 'HEALTHCHECK CMD needs a command to run.');
    else if (lt.charCodeAt(cmdStart) === 91 && lt.charCodeAt(end - 1) === 93) {
      this.report(SYNTAX.invalidExecForm, this.tokens.logical(line, cmdStart, end), 'This HEALTHCHECK command looks like exec form but is not valid JSON, so it runs through a shell. Fix the JSON: ["executable", "arg"].');
    }
  }

  private keyValues(instruction: Instruction, line: LogicalLine, start: number, end: number, words: WordSplit): KeyValue[] {
    const lt = line.text;
    const bounds = words.bounds;
    const args = instruction.args;
    const k = instruction.keyword;
    if (indexIn(lt, '=', bounds[0], bounds[1]) < 0) {
      // Legacy form: `ENV KEY value with spaces`; the value is the rest of the line.
      const key = args[0];
      const pair: KeyValue = { key, token: this.tokens.logical(line, start, end), legacy: true };
      const vs = skipSpaces(lt, start + key.text.length, end);
      if (vs < end) pair.value = this.word(line, vs, end, words.plain);
      else this.report(SYNTAX.invalidKeyValue, key, `${k} ${key.text} has no value: write ${k} ${key.text}=<value>.`);
      return [pair];
    }
    // At most one pair per word: sized up front like wordsAt's list, and cut to the pairs found.
    const pairs = new Array<KeyValue>(words.length >> 1);
    let found = 0;
    for (let w = 0; w < words.length; w += 2) {
      const a = args[w >> 1];
      const ws = bounds[w];
      const we = bounds[w + 1];
      const eq = indexIn(lt, '=', ws, we);
      if (eq < 0) {
        this.report(SYNTAX.invalidKeyValue, a, `${k} expects name=value pairs; "${a.text}" has no =. Write ${a.text}=<value>.`);
        continue;
      }
      const key = this.word(line, ws, eq, words.plain);
      const value = this.word(line, eq + 1, we, words.plain);
      if (!key.value) this.report(SYNTAX.invalidKeyValue, a, `${k} names cannot be empty; write <name>=<value>.`);
      pairs[found++] = { key, value, token: a, legacy: false };
    }
    pairs.length = found;
    return pairs;
  }

  private argPairs(instruction: Instruction, line: LogicalLine, words: WordSplit): KeyValue[] {
    const bounds = words.bounds;
    const pairs = new Array<KeyValue>(words.length >> 1);
    const args = instruction.args;
    for (let w = 0; w < words.length; w += 2) {
      const a = args[w >> 1];
      const ws = bounds[w];
      const we = bounds[w + 1];
      const eq = indexIn(line.text, '=', ws, we);
      const keyEnd = eq < 0 ? we : eq;
      const key = this.word(line, ws, keyEnd, words.plain);
      const pair: KeyValue = { key, token: a, legacy: false };
      if (eq >= 0) pair.value = this.word(line, keyEnd + 1, we, words.plain);
      if (!key.value) this.report(SYNTAX.invalidKeyValue, a, 'ARG needs a name: ARG <name>[=<default>].');
      pairs[w >> 1] = pair;
    }
    return pairs;
  }

  private onbuild(instruction: Instruction, line: LogicalLine, start: number, end: number): void {
    if (end <= start) return;
    let te = start;
    while (te < end && !/[\s]/.test(line.text[te])) te++;
    // The trigger is an instruction of its own over the rest of the parent's line.
    const trigger = new InstructionNode(this.lines);
    const info = keywordAt(line.text, start, te);
    trigger.info = info;
    trigger.keywordToken = keywordToken(this.tokens, line, start, te, info);
    trigger.keyword = info ? info.keyword : trigger.keywordToken.text.toUpperCase();
    trigger.start = trigger.keywordToken.start;
    trigger.end = instruction.end;
    trigger.parent = instruction;
    this.complete(trigger, line, te);
    instruction.trigger = trigger;
    if (TRIGGER_FORBIDDEN.has(trigger.keyword)) {
      this.report(
        SYNTAX.invalidOnbuild,
        trigger.keywordToken,
        trigger.keyword === 'ONBUILD' ? 'ONBUILD ONBUILD is not allowed: a trigger cannot add another trigger.' : `${trigger.keyword} is not allowed as an ONBUILD trigger.`,
      );
    }
  }

  /**
   * Reports bad substitutions. When the arguments hold a `$`, the scan also answers
   * Dockerfile.variables() for the instruction (UndefinedVar asks it of every such instruction):
   * its spans were thrown away and scanned again, about half of scanVariables' calls per lint.
   */
  private checkSubstitutions(instruction: InstructionNode, info: KeywordInfo, line: LogicalLine, start: number, end: number): void {
    const lt = line.text;
    let errors: SubstitutionError[] | undefined;
    // Only a `$` can start a substitution: most instructions have none and need no scan.
    const argSpans = info.expandsVariables && indexIn(lt, '$', start, end) >= 0 ? scanVariables(lt, start, end, this.escape, (errors = [])) : undefined;
    const refs: VariableRef[] | undefined = argSpans ? [] : undefined;
    for (const f of instruction.flags) {
      if (!f.value || !f.value.text.includes('$')) continue;
      const fe = line.fromFile(f.token.end);
      const spans = scanVariables(lt, fe - f.value.text.length, fe, 92, (errors ??= []));
      if (refs) addVariables(refs, this.tokens, line, spans);
    }
    if (refs) {
      // Flags first, then arguments: the order Dockerfile.variables() gives.
      addVariables(refs, this.tokens, line, argSpans!);
      instruction.variables = refs;
    }
    if (errors) for (const e of errors) this.report(SYNTAX.invalidSubstitution, this.tokens.logical(line, e.start, e.end), e.message);
  }
}

/** Appends a reference per span of `line`. */
function addVariables(out: VariableRef[], tokens: TokenFactory, line: LogicalLine, spans: VariableSpan[]): void {
  for (const r of spans) {
    const ref: VariableRef = { name: r.name, token: tokens.logical(line, r.start, r.end), operator: r.operator };
    if (r.operandStart !== undefined) ref.operand = line.text.slice(r.operandStart, r.operandEnd);
    out.push(ref);
  }
}

/** Index of `c` in text[from, to), or -1. The native search beats a charCodeAt loop even when it reads past `to`. */
function indexIn(text: string, c: string, from: number, to: number): number {
  const i = text.indexOf(c, from);
  return i < to ? i : -1;
}

function missingMessage(keyword: string): string {
  switch (keyword) {
    case 'FROM':
      return 'FROM needs a base image: FROM <image>[:tag] [AS <name>].';
    case 'RUN':
      return 'RUN needs a command to run.';
    case 'COPY':
    case 'ADD':
      return `${keyword} needs at least a source and a destination: ${keyword} <src>... <dest>.`;
    case 'ENV':
    case 'LABEL':
      return `${keyword} needs at least one <name>=<value> pair.`;
    case 'ARG':
      return 'ARG needs a name: ARG <name>[=<default>].';
    case 'ONBUILD':
      return 'ONBUILD needs the instruction to run later, e.g. ONBUILD COPY . /app.';
    default:
      return `${keyword} needs an argument.`;
  }
}

function unknownMessage(written: string): string {
  const upper = written.toUpperCase();
  let best = '';
  let bestDistance = 3;
  for (const k of KEYWORDS) {
    const d = distance(upper, k);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return `Unknown instruction "${written}".` + (best ? ` Did you mean ${best}?` : ' Instructions are FROM, RUN, COPY, ADD, ENV, ARG, CMD, ENTRYPOINT...');
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

class DockerfileModel implements Dockerfile {
  readonly text: string;
  readonly lines: LineIndex;
  readonly escapeChar: '\\' | '`';
  readonly stages: Stage[];
  readonly globalArgs: ArgDeclaration[];
  readonly syntaxErrors: LintDiagnostic[];
  private readonly scope: Scope;
  private readonly tokens: TokenFactory;
  private readonly stageNames: string[];

  constructor(
    parser: Parser,
    readonly directives: Dockerfile['directives'],
    readonly comments: Comment[],
    readonly instructions: Instruction[],
  ) {
    this.text = parser.text;
    this.lines = parser.lines;
    this.escapeChar = parser.escape === 96 ? '`' : '\\';
    this.stages = parser.stages;
    this.globalArgs = parser.globalArgs;
    this.syntaxErrors = parser.diagnostics;
    this.tokens = parser.tokens;
    this.scope = parser.scope;
    this.stageNames = parser.stageNames;
  }

  variables(instruction: Instruction): VariableRef[] {
    const src = sourceOf(instruction);
    if (src?.variables) return src.variables;
    const out: VariableRef[] = [];
    if (!src) return out;
    for (const f of instruction.flags) {
      if (!f.value || !f.value.text.includes('$')) continue;
      const fe = src.line.fromFile(f.token.end);
      addVariables(out, this.tokens, src.line, scanVariables(src.line.text, fe - f.value.text.length, fe, 92));
    }
    addVariables(out, this.tokens, src.line, scanVariables(src.line.text, src.argsStart, src.argsEnd, this.escapeChar.charCodeAt(0)));
    src.variables = out;
    return out;
  }

  valueOf(name: string, at: Instruction): string | undefined {
    return this.scope.valueOf(name, at, this.escapeChar.charCodeAt(0)) ?? undefined;
  }

  expand(text: string, at: Instruction): string | undefined {
    return this.scope.expand(text, at, this.escapeChar.charCodeAt(0));
  }

  shell(instruction: Instruction): ShellScript | undefined {
    const src = sourceOf(instruction);
    if (!src) return undefined;
    if (src.script === undefined) src.script = analyzeInstructionShell(instruction, src, this.tokens) ?? null;
    return src.script ?? undefined;
  }

  /** Rules ask this for every `--from` and `from=`: the parser's lower-cased names spare lower-casing every stage's name per call. */
  stageByRef(ref: string): Stage | undefined {
    if (isDigits(ref)) return this.stages[Number(ref)];
    const lower = ref.toLowerCase();
    // '' stands for an unnamed stage in stageNames, and no name is empty.
    const index = lower === '' ? -1 : this.stageNames.indexOf(lower);
    return index < 0 ? undefined : this.stages[index];
  }
}

/** `/^\d+$/` without the regex call: one or more ASCII digits. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function parseDockerfile(text: string): Dockerfile {
  return new Parser(text).parse();
}
