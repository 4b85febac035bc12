import { defineRule, type Report } from '../../rule';
import { closestName } from '../../suggest';
import type { Fix } from '../../types';
import type { Dockerfile, Instruction, KeyValue, Stage, VariableRef, Word } from '../model';
import { ALWAYS_DEFINED, PLATFORM_ARGS, baseImageEnv } from './buildkitEnv';
import { isName, renameFix } from './buildkitVariables';

/** Instructions whose arguments BuildKit expands itself; RUN, CMD and ENTRYPOINT leave that to the shell. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, `${X:?msg}`, `${X?msg}` say what happens when X is unset. */
const HANDLES_UNSET = new Set([':-', '-', ':+', '+', ':?', '?']);

/**
 * What a stage sees without declaring it. The stage's own ARG/ENV names are looked up only for a
 * reference that the base does not define, by walking back over the stage (and the in-file stages
 * it builds on): references are rare, so this beats keeping a growing set per stage.
 */
interface StageScope {
  /** The stage and the in-file stages it builds on, nearest first; the last is the root. */
  chain: Stage[];
  /**
   * What the base image and the build provide: shared by every stage on that image, never changed.
   * Undefined until a reference needs it (baseOf): most name the stage's own ARGs and ENVs, and the
   * image lookup hashes a repository name the parse has just made.
   */
  base: ReadonlySet<string> | undefined;
  /** False when the base image's environment is unknown: then only likely typos are reported. Set with `base`. */
  known: boolean;
}

const ALWAYS = new Set(ALWAYS_DEFINED);
/** Base sets by image environment list (module constants, never per-lint objects), so a lint builds no set for a well-known image. */
const baseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function baseSet(env: readonly string[]): ReadonlySet<string> {
  let set = baseSets.get(env);
  if (!set) baseSets.set(env, (set = new Set([...ALWAYS_DEFINED, ...env])));
  return set;
}

function baseOf(scope: StageScope): ReadonlySet<string> {
  if (scope.base) return scope.base;
  const root = scope.chain[scope.chain.length - 1];
  if (root.image.isScratch) {
    scope.known = true;
    return (scope.base = ALWAYS);
  }
  const env = baseImageEnv(root.image);
  scope.known = env !== undefined;
  return (scope.base = env ? baseSet(env) : ALWAYS);
}

function knowsBase(scope: StageScope): boolean {
  baseOf(scope);
  return scope.known;
}

export const UndefinedVar = defineRule<Dockerfile>(
  {
    id: 'UndefinedVar',
    title: 'Variable used before it is defined',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'A variable that BuildKit expands (in COPY, ENV, WORKDIR, LABEL…) must be defined by an ARG or ENV of the stage or by the base image; otherwise it silently becomes empty.',
  },
  ({ model, report }) => {
    const text = model.text;
    // The next `$` at or after the instruction in hand. Instructions come in file order, so one
    // forward search serves them all, where a search per instruction (mentionsVariable) re-reads
    // the stretch up to the next `$` for each: in a file with few `$`, most of the file, many times.
    let dollar = text.indexOf('$');
    if (dollar < 0) return;
    for (const stage of model.stages) {
      let scope: StageScope | undefined;
      for (const ins of stage.instructions) {
        if (dollar < ins.start) {
          dollar = text.indexOf('$', ins.start);
          if (dollar < 0) return;
        }
        if (dollar >= ins.end || ins === stage.from || !EXPANDED.has(ins.keyword)) continue;
        checkInstruction(model, stage, ins, (scope ??= scopeOf(model, stage)), report);
      }
    }
  },
);

/** A stage builds on an earlier in-file stage (`FROM build`); later or own indexes are images, not parents. */
function scopeOf(model: Dockerfile, stage: Stage): StageScope {
  const chain = [stage];
  let root = stage;
  while (root.image.stageRef !== undefined && root.image.stageRef < root.index) {
    root = model.stages[root.image.stageRef];
    chain.push(root);
  }
  return { chain, base: undefined, known: false };
}

/** Adds the ARG/ENV names of `stage` set before `before` (all of them when `before` is undefined), in order. */
function addDeclared(stage: Stage, before: Instruction | undefined, names: string[]): void {
  for (const ins of stage.instructions) {
    if (before && ins.start >= before.start) return;
    if ((ins.keyword === 'ARG' || ins.keyword === 'ENV') && ins.pairs) for (const pair of ins.pairs) names.push(pair.key.value);
  }
}

/**
 * Every name defined at `ins`: the base first, then the stages from the root down, the order
 * suggestions rank ties in. An array, not a generator: only a finding asks, and closestName reads
 * every name anyway.
 */
function namesAt(scope: StageScope, ins: Instruction): string[] {
  const names = [...baseOf(scope)];
  for (let i = scope.chain.length - 1; i >= 0; i--) addDeclared(scope.chain[i], i === 0 ? ins : undefined, names);
  return names;
}

function defines(scope: StageScope, ins: Instruction, name: string): boolean {
  // Every base holds ALWAYS_DEFINED; the image's own names are consulted last (see StageScope.base).
  if (ALWAYS.has(name)) return true;
  for (let i = 0; i < scope.chain.length; i++) {
    for (const other of scope.chain[i].instructions) {
      if (i === 0 && other.start >= ins.start) break;
      if ((other.keyword === 'ARG' || other.keyword === 'ENV') && other.pairs && hasKey(other.pairs, name)) return true;
    }
  }
  return baseOf(scope).has(name);
}

/** Whether a pair sets `name`; a loop, not `some()`, which would make a closure per ARG and ENV walked. */
function hasKey(pairs: readonly KeyValue[], name: string): boolean {
  for (const pair of pairs) if (pair.key.value === name) return true;
  return false;
}

function checkInstruction(
  model: Dockerfile,
  stage: Stage,
  ins: Instruction,
  scope: StageScope,
  report: (r: Report) => void,
): void {
  const refs = model.variables(ins);
  if (refs.length === 0) return;
  const pairs = ins.pairs;
  for (const ref of refs) {
    if (HANDLES_UNSET.has(ref.operator) || !isName(ref.name)) continue;
    // One ENV expands every pair with the values from before it (DL3044 covers a pair using its
    // neighbour); ARG defines its names one after the other.
    if (ins.keyword === 'ENV' && pairs && hasKey(pairs, ref.name)) continue;
    if (defines(scope, ins, ref.name)) continue;
    // `COPY --from=` names a stage or image; BuildKit resolves it apart from the stage's variables.
    const from = fromFlag(ins);
    if (from && ref.token.start >= from.start && ref.token.end <= from.end) continue;
    if (ins.keyword === 'ARG' && pairs && setBefore(pairs, ref)) continue;
    const finding = describe(model, stage, ins, ref, scope);
    if (finding) report(finding);
  }
}

function fromFlag(ins: Instruction): Word | undefined {
  for (const flag of ins.flags) if (flag.name === 'from') return flag.value;
  return undefined;
}

/** Whether an earlier pair of the same ARG declares the referenced name. */
function setBefore(pairs: readonly KeyValue[], ref: VariableRef): boolean {
  for (const pair of pairs) if (pair.token.end <= ref.token.start && pair.key.value === ref.name) return true;
  return false;
}

function describe(model: Dockerfile, stage: Stage, ins: Instruction, ref: VariableRef, scope: StageScope): Report | undefined {
  const name = ref.name;
  const global = model.globalArgs.some((a) => a.name === name);
  if (global || PLATFORM_ARGS.includes(name)) {
    const origin = global ? 'is declared before the first FROM, which makes it visible to FROM lines only' : 'is predefined by BuildKit for FROM lines only';
    return {
      range: ref.token.range,
      message: `'$${name}' ${origin}; inside this stage it is empty until you add \`ARG ${name}\` to the stage.`,
      fixes: [declareFix(model, stage, name)],
    };
  }
  const suggestion = closestName(name, namesAt(scope, ins));
  if (!suggestion && !knowsBase(scope)) return undefined;
  return {
    range: ref.token.range,
    message: suggestion
      ? `'$${name}' is not defined here, so it expands to an empty string. Did you mean '$${suggestion}'?`
      : `'$${name}' is not defined here, so it expands to an empty string: declare it with ARG or ENV before this line.`,
    fixes: suggestion ? [renameFix(model, ref, suggestion)] : [],
  };
}

/** Inserts `ARG NAME` right after the stage's FROM, with the FROM's indentation. */
function declareFix(model: Dockerfile, stage: Stage, name: string): Fix {
  const from = stage.from;
  const line = from.range.end.line + 1;
  const lineStart = model.lines.lineStart(from.range.start.line);
  const lead = model.text.slice(lineStart, from.start);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const atEnd = line >= model.lines.lineCount;
  const at = atEnd ? model.lines.positionAt(model.text.length) : { line, character: 0 };
  return {
    title: `Declare ARG ${name} in this stage`,
    safe: false,
    edits: [{ range: { start: at, end: at }, newText: atEnd ? `${eol}${indent}ARG ${name}` : `${indent}ARG ${name}${eol}` }],
  };
}
