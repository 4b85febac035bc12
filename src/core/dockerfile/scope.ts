/**
 * Static ARG/ENV scoping as BuildKit applies it: global ARGs (before the first FROM) are seen
 * by FROM lines, and inside a stage only when re-declared with `ARG NAME`; ENV wins over ARG
 * and is inherited through `FROM <stage>`; an external base image's environment is unknown.
 */
import type { ArgDeclaration, Instruction, KeyValue, Stage } from './model';
import { expandWord } from './variables';

/** ARGs every build defines without a declaration; their values depend on the build. */
export const PREDEFINED_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
  'BUILDKIT_CONTEXT_KEEP_GIT_DIR', 'BUILDKIT_SYNTAX', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME', 'BUILDKIT_INLINE_CACHE',
  'SOURCE_DATE_EPOCH',
]);

type Value = string | null | undefined;

export class Scope {
  /** Expanded values of the pairs whose text needs expanding; made on first need, as most files have none. */
  private pairValues: Map<KeyValue, Value> | undefined = undefined;

  constructor(
    private readonly globalArgs: readonly ArgDeclaration[],
    private readonly stages: readonly Stage[],
  ) {}

  /** Expands a FROM value with the global ARGs declared above it. */
  expandGlobal(text: string, at: Instruction, escape: number): string | undefined {
    // Every FROM comes here, nearly all without a variable: no lookup closure for those.
    if (isLiteral(text, escape)) return text;
    return expandWord(text, (name) => this.globalValue(name, at.start, escape), escape);
  }

  expand(text: string, at: Instruction, escape: number): string | undefined {
    if (isLiteral(text, escape)) return text;
    return expandWord(text, (name) => this.valueOf(name, at, escape), escape);
  }

  /** A string when known, null when the variable is unset, undefined when it cannot be known. */
  valueOf(name: string, at: Instruction, escape: number): Value {
    const anchor = at.parent ?? at;
    if (anchor.keyword === 'FROM' || anchor.stage < 0) return this.globalValue(name, anchor.start, escape);
    const stage = this.stages[anchor.stage];
    if (!stage) return undefined;
    const index = stage.instructions.indexOf(anchor);
    return this.stageValue(stage, index < 0 ? stage.instructions.length : index, name, escape);
  }

  private globalValue(name: string, before: number, escape: number): Value {
    for (let i = this.globalArgs.length - 1; i >= 0; i--) {
      const arg = this.globalArgs[i];
      if (arg.name !== name || arg.instruction.start >= before) continue;
      const pair = pairOf(arg);
      if (!pair?.value) return undefined;
      return this.pairValue(pair, pair.value.text, escape, undefined, arg.instruction.start);
    }
    return PREDEFINED_ARGS.has(name) ? undefined : null;
  }

  /** Value of `name` just before instruction `index` of `stage`. */
  private stageValue(stage: Stage, index: number, name: string, escape: number): Value {
    const env = this.envValue(stage, index, name, escape, 0);
    if (env !== NOT_FOUND) return env;
    const instructions = stage.instructions;
    for (let i = index - 1; i >= 0; i--) {
      const ins = instructions[i];
      if (ins.keyword !== 'ARG' || !ins.pairs) continue;
      for (let p = ins.pairs.length - 1; p >= 0; p--) {
        const pair = ins.pairs[p];
        if (pair.key.value !== name) continue;
        if (pair.value) return this.pairValue(pair, pair.value.text, escape, stage, i);
        // `ARG NAME` without a default takes the global default, if any.
        const global = this.globalArgs.some((g) => g.name === name) ? this.globalValue(name, Infinity, escape) : undefined;
        return global === null ? undefined : global;
      }
    }
    if (PREDEFINED_ARGS.has(name)) return undefined;
    return this.rootIsScratch(stage) ? null : undefined;
  }

  private envValue(stage: Stage, index: number, name: string, escape: number, depth: number): Value | typeof NOT_FOUND {
    const instructions = stage.instructions;
    for (let i = Math.min(index, instructions.length) - 1; i >= 0; i--) {
      const ins = instructions[i];
      if (ins.keyword !== 'ENV' || !ins.pairs) continue;
      for (let p = ins.pairs.length - 1; p >= 0; p--) {
        const pair = ins.pairs[p];
        if (pair.key.value !== name) continue;
        const raw = pair.value;
        if (!raw) return null;
        // Every pair of one ENV is expanded with the values from before that ENV.
        return this.pairValue(pair, raw.text, escape, stage, i);
      }
    }
    const parent = stage.image.stageRef;
    if (parent !== undefined && parent < stage.index && depth < 64) {
      const p = this.stages[parent];
      return this.envValue(p, p.instructions.length, name, escape, depth + 1);
    }
    return NOT_FOUND;
  }

  private rootIsScratch(stage: Stage): boolean {
    let s: Stage | undefined = stage;
    for (let depth = 0; s && depth < 64; depth++) {
      if (s.image.isScratch) return true;
      if (s.image.stageRef === undefined || s.image.stageRef >= s.index) return false;
      s = this.stages[s.image.stageRef];
    }
    return false;
  }

  /**
   * A pair's value `text` expanded: in a stage as seen before its instruction number `at`, or for
   * a global ARG (no stage) with the global ARGs declared before offset `at`. Literal text is its
   * own value: most values are, and skipping the cache for them spares the Map entry (and the
   * identity hash the pair gets as a key) and the two closures an expansion needs.
   */
  private pairValue(pair: KeyValue, text: string, escape: number, stage: Stage | undefined, at: number): Value {
    if (isLiteral(text, escape)) return text;
    const values = (this.pairValues ??= new Map());
    if (values.has(pair)) return values.get(pair);
    values.set(pair, undefined); // guards against cycles
    const lookup = stage ? (n: string) => this.stageValue(stage, at, n, escape) : (n: string) => this.globalValue(n, at, escape);
    const value = expandWord(text, lookup, escape);
    values.set(pair, value);
    return value;
  }
}

/** The pair of the ARG instruction that declares `arg`. */
function pairOf(arg: ArgDeclaration): KeyValue | undefined {
  const pairs = arg.instruction.pairs;
  if (pairs) for (const pair of pairs) if (pair.key === arg.token) return pair;
  return undefined;
}

/** Text that expandWord returns unchanged: no `$`, quote or escape character to act on. */
function isLiteral(text: string, escape: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 34 || c === 39 || c === escape) return false;
  }
  return true;
}

const NOT_FOUND = Symbol('not found');
