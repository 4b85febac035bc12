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
  private readonly pairValues = new Map<KeyValue, Value>();

  constructor(
    private readonly globalArgs: readonly ArgDeclaration[],
    private readonly stages: readonly Stage[],
  ) {}

  /** Expands a FROM value with the global ARGs declared above it. */
  expandGlobal(text: string, at: Instruction, escape: number): string | undefined {
    return expandWord(text, (name) => this.globalValue(name, at.start, escape), escape);
  }

  expand(text: string, at: Instruction, escape: number): string | undefined {
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
      const pair = arg.instruction.pairs?.find((p) => p.key === arg.token);
      if (!pair?.value) return undefined;
      return this.cached(pair, () => expandWord(pair.value!.text, (n) => this.globalValue(n, arg.instruction.start, escape), escape));
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
        if (pair.value) {
          return this.cached(pair, () => expandWord(pair.value!.text, (n) => this.stageValue(stage, i, n, escape), escape));
        }
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
        return this.cached(pair, () => expandWord(raw.text, (n) => this.stageValue(stage, i, n, escape), escape));
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

  private cached(pair: KeyValue, compute: () => Value): Value {
    if (this.pairValues.has(pair)) return this.pairValues.get(pair);
    this.pairValues.set(pair, undefined); // guards against cycles
    const v = compute();
    this.pairValues.set(pair, v);
    return v;
  }
}

const NOT_FOUND = Symbol('not found');
