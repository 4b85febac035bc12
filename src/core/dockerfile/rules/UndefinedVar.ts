import { defineRule, type Report } from '../../rule';
import { closestName } from '../../suggest';
import type { Fix } from '../../types';
import type { Dockerfile, Instruction, Stage, VariableRef } from '../model';
import { ALWAYS_DEFINED, PLATFORM_ARGS, baseImageEnv } from './buildkitEnv';
import { renameFix } from './buildkitVariables';
import { mentionsVariable } from './instructionIndex';

/** Instructions whose arguments BuildKit expands itself; RUN, CMD and ENTRYPOINT leave that to the shell. */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, `${X:?msg}`, `${X?msg}` say what happens when X is unset. */
const HANDLES_UNSET = new Set([':-', '-', ':+', '+', ':?', '?']);

/** Shell special parameters such as `$$` or `$1` are no build variables. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * What a stage sees without declaring it. The stage's own ARG/ENV names are looked up only for a
 * reference that the base does not define, by walking back over the stage (and the in-file stages
 * it builds on): references are rare, so this beats keeping a growing set per stage.
 */
interface StageScope {
  /** What the base image and the build provide: shared by every stage on that image, never changed. */
  base: ReadonlySet<string>;
  /** False when the base image's environment is unknown: then only likely typos are reported. */
  known: boolean;
  /** The stage and the in-file stages it builds on, nearest first. */
  chain: Stage[];
}

const ALWAYS = new Set(ALWAYS_DEFINED);
/** Base sets by image environment list, so a lint builds no set for a well-known image. */
const baseSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function baseSet(env: readonly string[]): ReadonlySet<string> {
  let set = baseSets.get(env);
  if (!set) baseSets.set(env, (set = new Set([...ALWAYS_DEFINED, ...env])));
  return set;
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
    if (!model.text.includes('$')) return;
    for (const stage of model.stages) {
      let scope: StageScope | undefined;
      for (const ins of stage.instructions) {
        if (ins === stage.from || !EXPANDED.has(ins.keyword) || !mentionsVariable(model, ins)) continue;
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
  if (root.image.isScratch) return { base: ALWAYS, known: true, chain };
  const env = baseImageEnv(root.image);
  return { base: env ? baseSet(env) : ALWAYS, known: env !== undefined, chain };
}

/** ARG/ENV names of `stage` set before `before` (all of them when `before` is undefined), in order. */
function* declaredIn(stage: Stage, before: Instruction | undefined): Generator<string> {
  for (const ins of stage.instructions) {
    if (before && ins.start >= before.start) return;
    if ((ins.keyword === 'ARG' || ins.keyword === 'ENV') && ins.pairs) for (const pair of ins.pairs) yield pair.key.value;
  }
}

/** Every name defined at `ins`: the base first, then the stages from the root down, the order suggestions rank ties in. */
function* namesAt(scope: StageScope, ins: Instruction): Generator<string> {
  yield* scope.base;
  for (let i = scope.chain.length - 1; i >= 0; i--) yield* declaredIn(scope.chain[i], i === 0 ? ins : undefined);
}

function defines(scope: StageScope, ins: Instruction, name: string): boolean {
  if (scope.base.has(name)) return true;
  for (let i = 0; i < scope.chain.length; i++) {
    for (const other of scope.chain[i].instructions) {
      if (i === 0 && other.start >= ins.start) break;
      if ((other.keyword === 'ARG' || other.keyword === 'ENV') && other.pairs?.some((p) => p.key.value === name)) return true;
    }
  }
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
  const pairs = ins.pairs ?? [];
  // `COPY --from=` names a stage or image; BuildKit resolves it apart from the stage's variables.
  const from = ins.flags.find((f) => f.name === 'from')?.value;
  for (const ref of refs) {
    if (HANDLES_UNSET.has(ref.operator) || !NAME.test(ref.name)) continue;
    // One ENV expands every pair with the values from before it (DL3044 covers a pair using its
    // neighbour); ARG defines its names one after the other.
    if (ins.keyword === 'ENV' && pairs.some((p) => p.key.value === ref.name)) continue;
    if (defines(scope, ins, ref.name)) continue;
    if (from && ref.token.start >= from.start && ref.token.end <= from.end) continue;
    if (ins.keyword === 'ARG' && pairs.some((p) => p.token.end <= ref.token.start && p.key.value === ref.name)) continue;
    const finding = describe(model, stage, ins, ref, scope);
    if (finding) report(finding);
  }
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
  if (!suggestion && !scope.known) return undefined;
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
