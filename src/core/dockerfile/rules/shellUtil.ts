/**
 * What the RUN-content rules share: one pass over the Dockerfile that collects every analysed
 * RUN (including ONBUILD RUN triggers and exec-form RUNs), an index of commands by program name,
 * an option parser that knows which options take a value, and facts about stages and mounts.
 * The pass is cached per parsed Dockerfile, so thirty rules cost one walk.
 */
import type { Dockerfile, Instruction, ShellCommand, ShellScript, Word } from '../model';
import { CommandNode } from '../shellCommand';

export interface RunScript {
  /** The RUN analysed: the instruction itself, or the trigger of an `ONBUILD RUN`. */
  run: Instruction;
  /** The instruction as it stands in the file (the ONBUILD for a trigger); variables resolve here. */
  host: Instruction;
  onbuild: boolean;
  stage: number;
  /** Undefined when the RUN could not be analysed. */
  script: ShellScript | undefined;
  commands: Cmd[];
  mounts: MountSpec[];
}

export interface Cmd {
  /** Program name without its directory: `/usr/bin/apt-get` → `apt-get`. */
  name: string;
  command: ShellCommand;
  /** Position in its script's command list, to tell "later in the same RUN". */
  index: number;
  script: RunScript;
}

export interface Wrapped {
  word: Word;
  cmd: Cmd;
}

export interface MountSpec {
  type: string;
  /** Target path with any trailing `/` removed; empty when not given. */
  target: string;
  /** `source`/`src` as written; empty when not given. */
  source: string;
}

interface Analysis {
  scripts: RunScript[];
  /**
   * Commands by program name. A name met once maps to its Cmd, not to a list: that is half of the
   * 4,744 names of the corpus, and most are never asked for. A list is made when a second command
   * comes or a rule asks (saves 0.3 MB of 37 per lint of the corpus).
   */
  byName: Map<string, Cmd | Cmd[]>;
  /** Whether any command comes from an `ONBUILD RUN`; without one, no filter needs a copy of a list. */
  hasOnbuild: boolean;
  /** Wrapper words (`sudo`, `env`, `xargs`...) by program name, with the command they wrap; undefined when there are none. */
  wrappers: Map<string, Wrapped[]> | undefined;
  /** Made on the first question: many files never ask. */
  reportableStages: Set<number> | undefined;
  /** commandsMatching's program names per pattern: the pip rules ask the same patterns four times per file. */
  matching: Map<RegExp, readonly string[]> | undefined;
}

/** The name after the last `/`. A backward char loop: program names are short, and lastIndexOf is a builtin call per command. */
export function basename(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (path.charCodeAt(i) === 47) return path.slice(i + 1);
  return path;
}

const NO_COMMANDS: readonly ShellCommand[] = [];

function analyse(df: Dockerfile): Analysis {
  const scripts: RunScript[] = [];
  const byName = new Map<string, Cmd | Cmd[]>();
  let wrappers: Map<string, Wrapped[]> | undefined;
  let hasOnbuild = false;
  for (const host of df.instructions) {
    let run: Instruction | undefined;
    if (host.keyword === 'RUN') run = host;
    else if (host.keyword === 'ONBUILD' && host.trigger?.keyword === 'RUN') run = host.trigger;
    if (!run) continue;
    // The model analyses exec-form RUNs too: `["apt-get", "install", "x"]` is one command, `["sh", "-c", "…"]` a nested script.
    const script = df.shell(run);
    const commands = script ? script.commands : NO_COMMANDS;
    // Sized up front: pushing onto [] reserves room for 17 commands and grows again past them.
    const rs: RunScript = { run, host, onbuild: run !== host, stage: host.stage, script, commands: new Array<Cmd>(commands.length), mounts: mountsOf(run) };
    if (rs.onbuild) hasOnbuild = true;
    for (let index = 0; index < commands.length; index++) {
      const command = commands[index];
      const cmd: Cmd = { name: basename(command.name), command, index, script: rs };
      rs.commands[index] = cmd;
      const entry = byName.get(cmd.name);
      if (entry === undefined) byName.set(cmd.name, cmd);
      else if (Array.isArray(entry)) entry.push(cmd);
      else byName.set(cmd.name, [entry, cmd]);
      for (const word of command.wrappers) {
        const name = basename(word.value);
        const wrapped = (wrappers ??= new Map()).get(name);
        if (wrapped) wrapped.push({ word, cmd });
        else wrappers.set(name, [{ word, cmd }]);
      }
    }
    scripts.push(rs);
  }
  return { scripts, byName, hasOnbuild, wrappers, reportableStages: undefined, matching: undefined };
}

/**
 * The rules run one after another on the same model, so only the last model's analysis is kept (as
 * in perModel.ts, which measured a WeakMap keyed by fresh models at 2.4% of a lint). Another model
 * just gets analysed again.
 */
let lastModel: Dockerfile | undefined;
let lastAnalysis: Analysis | undefined;

function analysis(df: Dockerfile): Analysis {
  if (df !== lastModel || !lastAnalysis) {
    lastAnalysis = analyse(df);
    lastModel = df;
  }
  return lastAnalysis;
}

export interface CommandFilter {
  /** Include `ONBUILD RUN` triggers (hadolint checks them for most package rules). */
  onbuild?: boolean;
}

/** Shared by every query that finds nothing; never mutated. */
const NO_CMDS: readonly Cmd[] = [];

/**
 * Every command whose program is one of `names`, in file order (`onbuild` triggers included unless a
 * filter says otherwise). The list may be the index's own: callers only read it. Most calls name one
 * program and need no copy, so linting the corpus allocates nothing for them.
 */
export function commandsNamed(df: Dockerfile, names: readonly string[], filter?: CommandFilter): readonly Cmd[] {
  const a = analysis(df);
  const onbuild = filter ? filter.onbuild === true : true;
  if (names.length === 1) {
    const list = listNamed(a, names[0]);
    if (!list) return NO_CMDS;
    if (onbuild || !a.hasOnbuild) return list;
  }
  const out: Cmd[] = [];
  for (const name of names) {
    const list = listNamed(a, name);
    if (list) for (const c of list) if (onbuild || !c.script.onbuild) out.push(c);
  }
  // Already in order in the usual case: the check saves the sort's copy and its comparisons.
  if (names.length > 1 && !inNameOrder(out)) out.sort((x, y) => nameStart(x.command) - nameStart(y.command));
  return out;
}

function listNamed(a: Analysis, name: string): readonly Cmd[] | undefined {
  const entry = a.byName.get(name);
  if (entry === undefined || Array.isArray(entry)) return entry;
  const list = [entry];
  a.byName.set(name, list);
  return list;
}

function inNameOrder(cmds: readonly Cmd[]): boolean {
  for (let i = 1; i < cmds.length; i++) if (nameStart(cmds[i - 1].command) > nameStart(cmds[i].command)) return false;
  return true;
}

/** Where a command's name starts in the file; a parsed command answers without making its name Word. */
function nameStart(command: ShellCommand): number {
  return command instanceof CommandNode ? command.nameStart : command.nameWord.start;
}

/** Commands whose program name matches `pattern` (for families such as pip3.11 or python3.12). */
export function commandsMatching(df: Dockerfile, pattern: RegExp, filter?: CommandFilter): readonly Cmd[] {
  const a = analysis(df);
  const matching = (a.matching ??= new Map());
  let names = matching.get(pattern);
  if (!names) {
    const found: string[] = [];
    for (const name of a.byName.keys()) if (pattern.test(name)) found.push(name);
    matching.set(pattern, (names = found));
  }
  return names.length === 0 ? NO_CMDS : commandsNamed(df, names, filter);
}

/** Wrapper words named `name` (e.g. every `sudo` that runs another command), in file order. */
export function wrappersNamed(df: Dockerfile, name: string): readonly Wrapped[] {
  return analysis(df).wrappers?.get(name) ?? [];
}

export function runScripts(df: Dockerfile): readonly RunScript[] {
  return analysis(df).scripts;
}

/**
 * Stages whose files end up in an image someone runs: the last stage, and every stage a later
 * FROM builds on. Leftovers in a builder stage that is only copied from never ship.
 */
export function isReportableStage(df: Dockerfile, stage: number): boolean {
  const a = analysis(df);
  return (a.reportableStages ??= reportableStagesOf(df)).has(stage);
}

function reportableStagesOf(df: Dockerfile): Set<number> {
  const out = new Set<number>();
  if (df.stages.length > 0) out.add(df.stages.length - 1);
  for (const s of df.stages) if (s.image.stageRef !== undefined) out.add(s.image.stageRef);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Options

/** How apt's config and pip's environment variables spell a boolean. */
export const TRUE_VALUES = ['true', 'yes', '1', 'on'];
export const FALSE_VALUES = ['false', 'no', '0', 'off'];

export interface OptionSpec {
  /** Short option letters that take a value: `-t bookworm` or `-tbookworm`. */
  shortValued?: string;
  /** Long option names (no dashes) that take the next word as value when written without `=`. */
  longValued?: readonly string[];
  /** Options written with one dash but more than one letter (`-nv` for wget, `-ldflags` for go). */
  singleDashLong?: (word: string) => boolean;
}

export interface Option {
  /** A short option's letter or a long option's name, without dashes or `=value`. */
  name: string;
  word: Word;
  value?: string;
  /** The word holding the value when it is separate from the option. */
  valueWord?: Word;
}

/** A command line split into options and positional arguments. */
export class ParsedArgs {
  constructor(
    /** Arguments that are neither options nor option values, in order. */
    readonly positionals: Word[],
    /** How many positionals came before a `--` (all of them when there is none). */
    readonly beforeDoubleDash: number,
    readonly options: Option[],
  ) {}

  has(...names: string[]): boolean {
    for (const o of this.options) if (names.includes(o.name)) return true;
    return false;
  }

  count(name: string): number {
    let n = 0;
    for (const o of this.options) if (o.name === name) n++;
    return n;
  }

  values(name: string): string[] {
    const out: string[] = [];
    for (const o of this.options) if (o.name === name && o.value !== undefined) out.push(o.value);
    return out;
  }
}

const longValuedSets = new WeakMap<OptionSpec, ReadonlySet<string>>();

function longValuedSet(spec: OptionSpec): ReadonlySet<string> {
  let set = longValuedSets.get(spec);
  if (!set) longValuedSets.set(spec, (set = new Set(spec.longValued ?? [])));
  return set;
}

/** The spec of a command without valued options; one object, so its (empty) long-option set is made once. */
const NO_SPEC: OptionSpec = {};

export function parseArgs(args: readonly Word[], spec: OptionSpec = NO_SPEC): ParsedArgs {
  const shortValued = spec.shortValued ?? '';
  const longValued = longValuedSet(spec);
  const positionals: Word[] = [];
  const options: Option[] = [];
  let beforeDoubleDash = -1;
  let i = 0;
  for (; i < args.length; i++) {
    const word = args[i];
    const v = word.value;
    if (v === '--') {
      beforeDoubleDash = positionals.length;
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (v.length < 2 || v[0] !== '-') {
      positionals.push(word);
      continue;
    }
    if (v.startsWith('--') || spec.singleDashLong?.(v)) {
      const body = v.slice(v[1] === '-' ? 2 : 1);
      const eq = body.indexOf('=');
      if (eq >= 0) options.push({ name: body.slice(0, eq), word, value: body.slice(eq + 1) });
      else if (longValued.has(body)) {
        // The next word is the value (a closure for this would keep `i` in a heap context for the whole loop).
        const next = i + 1 < args.length ? args[++i] : undefined;
        options.push({ name: body, word, value: next?.value, valueWord: next });
      } else options.push({ name: body, word });
      continue;
    }
    // A cluster of short options: `-yqq`, `-q=2`, `-tbookworm`, `-qO-`.
    for (let j = 1; j < v.length; j++) {
      const letter = v[j];
      if (v[j + 1] === '=') {
        options.push({ name: letter, word, value: v.slice(j + 2) });
        break;
      }
      if (shortValued.includes(letter)) {
        const rest = v.slice(j + 1);
        if (rest) options.push({ name: letter, word, value: rest });
        else {
          const next = i + 1 < args.length ? args[++i] : undefined;
          options.push({ name: letter, word, value: next?.value, valueWord: next });
        }
        break;
      }
      options.push({ name: letter, word });
    }
  }
  return new ParsedArgs(positionals, beforeDoubleDash < 0 ? positionals.length : beforeDoubleDash, options);
}

// ---------------------------------------------------------------------------------------------
// Mounts and cleanup

/** Most RUNs have no mounts: they share this (never mutated) list. */
const NO_MOUNTS: MountSpec[] = [];

/** The parser reads every RUN's `--mount` flags; the cleanup rules only need the type and paths. */
function mountsOf(run: Instruction): MountSpec[] {
  if (!run.mounts?.length) return NO_MOUNTS;
  return run.mounts.map((m) => ({
    type: m.type,
    target: (m.option('target')?.value?.value ?? '').replace(/\/+$/, ''),
    source: m.option('source')?.value?.value ?? '',
  }));
}

/** True when a cache or tmpfs mount keeps `test(target)` out of the layer. */
export function hasCacheMount(script: RunScript, test: (target: string) => boolean): boolean {
  return script.mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== '' && test(m.target));
}

/** `path` with trailing `/`, `/*` and `*` removed, so `/var/lib/apt/lists/*` compares as a directory. */
function directoryOf(path: string): string {
  return path.replace(/(\/\*?)+$/, '').replace(/\*+$/, '');
}

/** True when `path` names `dir` or one of its ancestors (at least `minimum` deep). */
export function coversDirectory(path: string, dir: string, minimum = dir): boolean {
  const p = directoryOf(path);
  if (p.length < minimum.length) return false;
  return dir === p || dir.startsWith(p + '/');
}

/** An `rm` later in the same RUN than `after` that deletes `dir` (or a parent down to `minimum`). */
export function removesLater(after: Cmd, dir: string, minimum = dir): boolean {
  return after.script.commands.some(
    (c) => c.index > after.index && c.name === 'rm' && c.command.args.some((a) => !a.value.startsWith('-') && coversDirectory(a.value, dir, minimum)),
  );
}

/**
 * The value `text` has when the RUN executes, from ARG/ENV defaults. Undefined when that cannot be
 * known before the build: a variable without a default, or a command substitution (`$(id -u)`, backquotes).
 */
export function staticValue(df: Dockerfile, script: RunScript, text: string): string | undefined {
  if (!text.includes('$') && !text.includes('`')) return text;
  if (text.includes('$(') || text.includes('`')) return undefined;
  return df.expand(text, script.host);
}

/** Splits an argument into the words the shell would see once its variables are expanded. */
export function expandWord(df: Dockerfile, script: RunScript, word: Word): string[] | undefined {
  const expanded = staticValue(df, script, word.value);
  if (expanded === undefined) return undefined;
  if (expanded === word.value || /^["']/.test(word.text)) return [expanded];
  return expanded.split(/\s+/).filter((s) => s !== '');
}

// ---------------------------------------------------------------------------------------------
// Base images

export type BaseFamily = 'busybox' | 'full' | 'unknown';

/**
 * What kind of userland a stage starts from, following `FROM <stage>` chains: `busybox` for Alpine
 * and BusyBox images (ash, no bash), `full` for any other named image (bash present in practice),
 * `unknown` for scratch, distroless, Windows and images whose name cannot be resolved.
 */
export function baseFamily(df: Dockerfile, stageIndex: number): BaseFamily {
  const seen = new Set<number>();
  let stage = df.stages[stageIndex];
  while (stage && stage.image.stageRef !== undefined && !seen.has(stage.index)) {
    seen.add(stage.index);
    stage = df.stages[stage.image.stageRef];
  }
  if (!stage || stage.image.isScratch) return 'unknown';
  const name = stage.image.resolved ?? (stage.image.usesVariables ? undefined : stage.image.token.text);
  if (!name) return 'unknown';
  if (/alpine|busybox/i.test(name)) return 'busybox';
  if (/distroless|windows|nanoserver|servercore|^scratch$/i.test(name)) return 'unknown';
  return 'full';
}
