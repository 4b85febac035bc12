/**
 * What the RUN-content rules share: one pass over the Dockerfile that collects every analysed
 * RUN (including ONBUILD RUN triggers and exec-form RUNs), an index of commands by program name,
 * an option parser that knows which options take a value, and facts about stages and mounts.
 * The pass is cached per parsed Dockerfile, so thirty rules cost one walk.
 */
import type { Dockerfile, Instruction, ShellCommand, ShellScript, Word } from '../model';

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
  byName: Map<string, Cmd[]>;
  /** Wrapper words (`sudo`, `env`, `xargs`...) by program name, with the command they wrap. */
  wrappers: Map<string, Wrapped[]>;
  reportableStages: Set<number>;
}

const cache = new WeakMap<Dockerfile, Analysis>();

/** The name after the last `/`. A backward char loop: program names are short, and lastIndexOf is a builtin call per command. */
export function basename(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) if (path.charCodeAt(i) === 47) return path.slice(i + 1);
  return path;
}

function analyse(df: Dockerfile): Analysis {
  const scripts: RunScript[] = [];
  const byName = new Map<string, Cmd[]>();
  const wrappers = new Map<string, Wrapped[]>();
  for (const host of df.instructions) {
    let run: Instruction | undefined;
    if (host.keyword === 'RUN') run = host;
    else if (host.keyword === 'ONBUILD' && host.trigger?.keyword === 'RUN') run = host.trigger;
    if (!run) continue;
    // The model analyses exec-form RUNs too: `["apt-get", "install", "x"]` is one command, `["sh", "-c", "…"]` a nested script.
    const script = df.shell(run);
    const rs: RunScript = { run, host, onbuild: run !== host, stage: host.stage, script, commands: [], mounts: mountsOf(run) };
    const commands = script ? script.commands : [];
    for (let index = 0; index < commands.length; index++) {
      const command = commands[index];
      const cmd: Cmd = { name: basename(command.name), command, index, script: rs };
      rs.commands.push(cmd);
      const list = byName.get(cmd.name);
      if (list) list.push(cmd);
      else byName.set(cmd.name, [cmd]);
      for (const word of command.wrappers) {
        const name = basename(word.value);
        const wrapped = wrappers.get(name);
        if (wrapped) wrapped.push({ word, cmd });
        else wrappers.set(name, [{ word, cmd }]);
      }
    }
    scripts.push(rs);
  }
  return { scripts, byName, wrappers, reportableStages: reportableStagesOf(df) };
}

/** The rules run one after another on the same model, so the last model's analysis is kept at hand. */
let last: { df: Dockerfile; analysis: Analysis } | undefined;

function analysis(df: Dockerfile): Analysis {
  if (last?.df === df) return last.analysis;
  let a = cache.get(df);
  if (!a) {
    a = analyse(df);
    cache.set(df, a);
  }
  last = { df, analysis: a };
  return a;
}

export interface CommandFilter {
  /** Include `ONBUILD RUN` triggers (hadolint checks them for most package rules). */
  onbuild?: boolean;
}

/** Every command whose program is one of `names`, in file order. */
export function commandsNamed(df: Dockerfile, names: readonly string[], filter: CommandFilter = { onbuild: true }): Cmd[] {
  const a = analysis(df);
  const out: Cmd[] = [];
  for (const name of names) {
    const list = a.byName.get(name);
    if (list) for (const c of list) if (filter.onbuild || !c.script.onbuild) out.push(c);
  }
  if (names.length > 1) out.sort((x, y) => x.command.nameWord.start - y.command.nameWord.start);
  return out;
}

/** Commands whose program name matches `pattern` (for families such as pip3.11 or python3.12). */
export function commandsMatching(df: Dockerfile, pattern: RegExp, filter: CommandFilter = { onbuild: true }): Cmd[] {
  const a = analysis(df);
  const names = [...a.byName.keys()].filter((n) => pattern.test(n));
  return commandsNamed(df, names, filter);
}

/** Wrapper words named `name` (e.g. every `sudo` that runs another command), in file order. */
export function wrappersNamed(df: Dockerfile, name: string): readonly Wrapped[] {
  return analysis(df).wrappers.get(name) ?? [];
}

export function runScripts(df: Dockerfile): readonly RunScript[] {
  return analysis(df).scripts;
}

/**
 * Stages whose files end up in an image someone runs: the last stage, and every stage a later
 * FROM builds on. Leftovers in a builder stage that is only copied from never ship.
 */
export function isReportableStage(df: Dockerfile, stage: number): boolean {
  return analysis(df).reportableStages.has(stage);
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

export function parseArgs(args: readonly Word[], spec: OptionSpec = {}): ParsedArgs {
  const shortValued = spec.shortValued ?? '';
  const longValued = longValuedSet(spec);
  const positionals: Word[] = [];
  const options: Option[] = [];
  let beforeDoubleDash = -1;
  let i = 0;
  const takeNext = (): Word | undefined => (i + 1 < args.length ? args[++i] : undefined);
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
        const next = takeNext();
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
          const next = takeNext();
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
