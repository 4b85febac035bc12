/**
 * What the RUN-content rules share: one pass over the Dockerfile that collects every analysed
 * RUN (including ONBUILD RUN triggers and exec-form RUNs), an index of commands by program name,
 * an option parser that knows which options take a value, and facts about stages and mounts.
 * The pass is cached per parsed Dockerfile, so thirty rules cost one walk.
 */
import type { Dockerfile, Instruction, ShellCommand, ShellScript, Word } from '../model';
import { CommandNode } from '../shellCommand';
import { instructionsOf } from './instructionIndex';

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

/** A command as the rules see it: usually the parsed command itself (see cmdOf), else a CommandRef. */
export interface Cmd {
  /** Program name without its directory: `/usr/bin/apt-get` → `apt-get`. */
  name: string;
  command: ShellCommand;
  /** Position in its script's command list, to tell "later in the same RUN". */
  index: number;
  script: RunScript;
  /** argsOf's cache: the arguments as last read, and the option vocabulary they were read with. */
  parsedWith: OptionSpec | undefined;
  parsed: ParsedArgs | undefined;
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
   * Commands by the slot of their program name in askedNames; only names some rule asks for are
   * indexed. Undefined until a command matches. A slot below `indexed` with no list has no commands;
   * from `indexed` on, a slot is filled on the first question (NO_CMDS when none match).
   */
  bySlot: (readonly Cmd[] | undefined)[] | undefined;
  /** How many names were asked for when the analysis was made. */
  indexed: number;
  /** Whether any command comes from an `ONBUILD RUN`; without one, no filter needs a copy of a list. */
  hasOnbuild: boolean;
  /** Wrapper words (`sudo`, `env`, `xargs`...) by program name, with the command they wrap; undefined when there are none. */
  wrappers: Map<string, Wrapped[]> | undefined;
  /** Made on the first question: many files never ask. */
  reportableStages: Set<number> | undefined;
}

/**
 * Every program name a rule has asked commandsNamed about, with its slot in Analysis.bySlot. The names
 * are literals of rule code (about fifty), never text of a file, so these tables stay small and hold no
 * per-lint objects. Indexing only these, in tables that outlive the lint, replaced a Map per lint keyed
 * by every program name of the file (a lookup and an insert per command, 0.43 MB per corpus lint).
 */
const askedNames = new Map<string, number>();
const askedList: string[] = [];

/**
 * Slots by the (length, first letter, second letter) shape of the name: -1 when no asked name has the
 * shape, -2 when several do (askedNames decides). A command's fresh name string is then compared with
 * at most one asked name instead of being hashed; the hash lookups, per command and per question, were
 * the largest cost left in analyse and listNamed.
 */
const slotByShape = new Int16Array(16 << 10).fill(-1);

function shapeOf(name: string): number {
  return ((name.length & 15) << 10) | ((name.charCodeAt(0) & 31) << 5) | (name.charCodeAt(1) & 31);
}

/** The slot of an asked name, or -1. */
function slotOf(name: string): number {
  const slot = slotByShape[shapeOf(name)];
  if (slot === -1) return -1;
  if (slot >= 0) return askedList[slot] === name ? slot : -1;
  return askedNames.get(name) ?? -1;
}

function addAsked(name: string): number {
  const slot = askedList.length;
  askedList.push(name);
  askedNames.set(name, slot);
  const shape = shapeOf(name);
  slotByShape[shape] = slotByShape[shape] === -1 ? slot : -2;
  return slot;
}

/** The name after the last `/`. A backward char loop: program names are short, and lastIndexOf is a builtin call per command. */
export function basename(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (path.charCodeAt(i) === 47) return path.slice(i + 1);
  return path;
}

const NO_COMMANDS: readonly ShellCommand[] = [];

/** The Cmd of a command the parser did not make, or whose program name has a directory (`/usr/bin/apt-get`). */
class CommandRef implements Cmd {
  parsedWith: OptionSpec | undefined = undefined;
  parsed: ParsedArgs | undefined = undefined;

  constructor(
    readonly name: string,
    readonly command: ShellCommand,
    readonly index: number,
    readonly script: RunScript,
  ) {}
}

/**
 * A parsed command with a bare program name is its own Cmd (see CommandNode.index): no wrapper object.
 * Its fields are reset, as a model analysed again (after another model's lint) reuses its commands.
 */
function cmdOf(command: ShellCommand, index: number, script: RunScript): Cmd {
  const name = basename(command.name);
  if (!(command instanceof CommandNode) || name !== command.name) return new CommandRef(name, command, index, script);
  command.index = index;
  command.script = script;
  command.parsedWith = undefined;
  command.parsed = undefined;
  return command as Cmd;
}

function analyse(df: Dockerfile): Analysis {
  const scripts: RunScript[] = [];
  const indexed = askedList.length;
  let bySlot: Cmd[][] | undefined;
  let wrappers: Map<string, Wrapped[]> | undefined;
  let hasOnbuild = false;
  // Without ONBUILD, the RUNs of the keyword index (shared with other rules) are all there is to walk.
  const hosts = instructionsOf(df, 'ONBUILD').length === 0 ? instructionsOf(df, 'RUN') : df.instructions;
  for (const host of hosts) {
    let run: Instruction | undefined;
    if (host.keyword === 'RUN') run = host;
    else if (host.keyword === 'ONBUILD' && host.trigger?.keyword === 'RUN') run = host.trigger;
    if (!run) continue;
    // The model analyses exec-form RUNs too: `["apt-get", "install", "x"]` is one command, `["sh", "-c", "…"]` a nested script.
    const script = df.shell(run);
    const commands = script ? script.commands : NO_COMMANDS;
    // When every command is its own Cmd (cmdOf), the script's list is the Cmd list: no copy (0.15 MB
    // per corpus lint, heap sampling). Rules never change a RunScript's list, nor the model's.
    const own = commands as readonly unknown[] as Cmd[];
    const rs: RunScript = { run, host, onbuild: run !== host, stage: host.stage, script, commands: own, mounts: mountsOf(run) };
    if (rs.onbuild) hasOnbuild = true;
    let copied = false;
    for (let index = 0; index < commands.length; index++) {
      const command = commands[index];
      const cmd = cmdOf(command, index, rs);
      if (cmd !== own[index] && !copied) {
        // Sized up front: pushing onto [] reserves room for 17 commands and grows again past them.
        rs.commands = new Array<Cmd>(commands.length);
        for (let k = 0; k < index; k++) rs.commands[k] = own[k];
        copied = true;
      }
      if (copied) rs.commands[index] = cmd;
      const slot = slotOf(cmd.name);
      if (slot >= 0) {
        const list = (bySlot ??= new Array<Cmd[]>(indexed))[slot];
        if (list) list.push(cmd);
        else bySlot[slot] = [cmd];
      }
      for (const word of command.wrappers) {
        const name = basename(word.value);
        const wrapped = (wrappers ??= new Map()).get(name);
        if (wrapped) wrapped.push({ word, cmd });
        else wrappers.set(name, [{ word, cmd }]);
      }
    }
    scripts.push(rs);
  }
  return { scripts, bySlot, indexed, hasOnbuild, wrappers, reportableStages: undefined };
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
 * program and need no copy, so linting the corpus allocates nothing for them. `names` are fixed
 * program names from rule code: each one asked for joins the index for good (see askedNames).
 */
export function commandsNamed(df: Dockerfile, names: readonly string[], filter?: CommandFilter): readonly Cmd[] {
  const a = analysis(df);
  const onbuild = filter ? filter.onbuild === true : true;
  if (names.length === 1) {
    const list = listNamed(a, names[0]);
    if (list.length === 0 || onbuild || !a.hasOnbuild) return list;
  }
  const out: Cmd[] = [];
  for (const name of names) for (const c of listNamed(a, name)) if (onbuild || !c.script.onbuild) out.push(c);
  // Already in order in the usual case: the check saves the sort's copy and its comparisons.
  if (names.length > 1 && !inNameOrder(out)) out.sort((x, y) => nameStart(x.command) - nameStart(y.command));
  return out;
}

/** The commands named `name`, in analysis order; the index's own list (or NO_CMDS), never to be changed. */
function listNamed(a: Analysis, name: string): readonly Cmd[] {
  let slot = slotOf(name);
  if (slot < 0) slot = addAsked(name);
  const list = a.bySlot?.[slot];
  if (list || slot < a.indexed) return list ?? NO_CMDS;
  // A name first asked after this analysis was made (in the first lint of the process): one walk.
  let found: Cmd[] | undefined;
  for (const script of a.scripts) for (const c of script.commands) if (c.name === name) (found ??= []).push(c);
  (a.bySlot ??= [])[slot] = found ?? NO_CMDS;
  return found ?? NO_CMDS;
}

function inNameOrder(cmds: readonly Cmd[]): boolean {
  for (let i = 1; i < cmds.length; i++) if (nameStart(cmds[i - 1].command) > nameStart(cmds[i].command)) return false;
  return true;
}

/** Where a command's name starts in the file; a parsed command answers without making its name Word. */
export function nameStart(command: ShellCommand): number {
  return command instanceof CommandNode ? command.nameStart : command.nameWord.start;
}

/**
 * Commands whose program name matches `pattern` (for families such as pip3.11 or python3.12). Every
 * match starts with `prefix`, which is checked first: a regex test of each program name of the file
 * cost more than the rest of the pip lookups. Not cached: pipInstalls, the one caller, runs once per model.
 */
export function commandsMatching(df: Dockerfile, prefix: string, pattern: RegExp, filter?: CommandFilter): readonly Cmd[] {
  const a = analysis(df);
  const onbuild = filter ? filter.onbuild === true : true;
  const first = prefix.charCodeAt(0);
  let out: Cmd[] | undefined;
  // Commands of two names (pip and pip3) are put in file order, as commandsNamed does for several names.
  let mixed = false;
  for (const script of a.scripts) {
    if (!onbuild && script.onbuild) continue;
    for (const c of script.commands) {
      if (c.name.charCodeAt(0) !== first || !c.name.startsWith(prefix) || !pattern.test(c.name)) continue;
      if (out) mixed ||= c.name !== out[0].name;
      (out ??= []).push(c);
    }
  }
  if (!out) return NO_CMDS;
  if (mixed && !inNameOrder(out)) out.sort((x, y) => nameStart(x.command) - nameStart(y.command));
  return out;
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
  // The last stage always ships, and most questions are about it (most files have one stage): no set for those.
  if (stage === df.stages.length - 1 && stage >= 0) return true;
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
  value: string | undefined;
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

/**
 * Every Option is made with the same three fields (value undefined when there is none), so reads of
 * them see one object shape. Positionals fill a list sized to all the arguments, cut to length at the
 * end: pushing onto [] reserved 17 slots and regrew for long `apt-get install` lists (parseArgs
 * allocated 0.68 MB per corpus lint, now 0.53 MB).
 */
export function parseArgs(args: readonly Word[], spec: OptionSpec = NO_SPEC): ParsedArgs {
  const shortValued = spec.shortValued ?? '';
  const longValued = longValuedSet(spec);
  const positionals = new Array<Word>(args.length);
  let count = 0;
  const options: Option[] = [];
  let beforeDoubleDash = -1;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const v = word.value;
    if (v === '--') {
      beforeDoubleDash = count;
      for (let k = i + 1; k < args.length; k++) positionals[count++] = args[k];
      break;
    }
    if (v.length < 2 || v.charCodeAt(0) !== 45) {
      positionals[count++] = word;
      continue;
    }
    if (v.charCodeAt(1) === 45 || spec.singleDashLong?.(v)) {
      const body = v.slice(v.charCodeAt(1) === 45 ? 2 : 1);
      const eq = body.indexOf('=');
      if (eq >= 0) options.push({ name: body.slice(0, eq), word, value: body.slice(eq + 1) });
      // The next word is the value (a closure for this would keep `i` in a heap context for the whole loop).
      else if (longValued.has(body)) options.push({ name: body, word, value: i + 1 < args.length ? args[++i].value : undefined });
      else options.push({ name: body, word, value: undefined });
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
        if (j + 1 < v.length) options.push({ name: letter, word, value: v.slice(j + 1) });
        else options.push({ name: letter, word, value: i + 1 < args.length ? args[++i].value : undefined });
        break;
      }
      options.push({ name: letter, word, value: undefined });
    }
  }
  // The length setter is a runtime call: skipped when every argument was positional.
  if (count < positionals.length) positionals.length = count;
  return new ParsedArgs(positionals, beforeDoubleDash < 0 ? count : beforeDoubleDash, options);
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

/**
 * `path` with trailing `/`, `/*` and `*` removed, so `/var/lib/apt/lists/*` compares as a directory:
 * what `.replace(/(\/\*?)+$/, '').replace(/\*+$/, '')` does, by a backward char walk. Every `rm`
 * argument goes through here; the two regex replaces cost 0.4% of a lint.
 */
function directoryOf(path: string): string {
  let end = path.length;
  // Trailing `/` and `/*` groups, read from the right: a `*` belongs to the `/` just before it.
  for (;;) {
    const c = path.charCodeAt(end - 1);
    if (c === 47) end--;
    else if (c === 42 && path.charCodeAt(end - 2) === 47) end -= 2;
    else break;
  }
  while (end > 0 && path.charCodeAt(end - 1) === 42) end--;
  return end === path.length ? path : path.slice(0, end);
}

/** True when `path` names `dir` or one of its ancestors (at least `minimum` deep). */
export function coversDirectory(path: string, dir: string, minimum = dir): boolean {
  const p = directoryOf(path);
  if (p.length < minimum.length) return false;
  return dir === p || (dir.charCodeAt(p.length) === 47 && dir.startsWith(p));
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
  // The runs of non-blanks, as split(/\s+/) without its empty ends, in one regex call.
  return expanded.match(/\S+/g) ?? [];
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
  // The stages followed, against a loop of references; only made when there is a reference, which most stages lack.
  let seen: Set<number> | undefined;
  let stage = df.stages[stageIndex];
  while (stage && stage.image.stageRef !== undefined && !seen?.has(stage.index)) {
    (seen ??= new Set()).add(stage.index);
    stage = df.stages[stage.image.stageRef];
  }
  if (!stage || stage.image.isScratch) return 'unknown';
  const name = stage.image.resolved ?? (stage.image.usesVariables ? undefined : stage.image.token.text);
  if (!name) return 'unknown';
  if (/alpine|busybox/i.test(name)) return 'busybox';
  if (/distroless|windows|nanoserver|servercore|^scratch$/i.test(name)) return 'unknown';
  return 'full';
}
