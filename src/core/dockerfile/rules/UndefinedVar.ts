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

interface StageScope {
  names: Set<string>;
  /** False when the base image's environment is unknown: then only likely typos are reported. */
  known: boolean;
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
    const globalNames = new Set(model.globalArgs.map((a) => a.name));
    const scopes: StageScope[] = [];
    for (const stage of model.stages) {
      const scope = initialScope(stage, scopes);
      scopes[stage.index] = scope;
      for (const ins of stage.instructions) {
        if (ins === stage.from) continue;
        if (EXPANDED.has(ins.keyword) && mentionsVariable(model, ins)) checkInstruction(model, stage, ins, scope, globalNames, report);
        for (const pair of ins.keyword === 'ARG' || ins.keyword === 'ENV' ? (ins.pairs ?? []) : []) scope.names.add(pair.key.value);
      }
    }
  },
);

function initialScope(stage: Stage, scopes: StageScope[]): StageScope {
  const parent = stage.image.stageRef !== undefined ? scopes[stage.image.stageRef] : undefined;
  if (parent) return { names: new Set(parent.names), known: parent.known };
  const names = new Set(ALWAYS_DEFINED);
  if (stage.image.isScratch) return { names, known: true };
  const env = baseImageEnv(stage.image);
  for (const name of env ?? []) names.add(name);
  return { names, known: env !== undefined };
}

function checkInstruction(
  model: Dockerfile,
  stage: Stage,
  ins: Instruction,
  scope: StageScope,
  globalNames: Set<string>,
  report: (r: Report) => void,
): void {
  const refs = model.variables(ins);
  if (refs.length === 0) return;
  const pairs = ins.pairs ?? [];
  // One ENV expands every pair with the values from before it (DL3044 covers a pair using its
  // neighbour); ARG defines its names one after the other.
  const sameEnv = ins.keyword === 'ENV' ? new Set(pairs.map((p) => p.key.value)) : undefined;
  // `COPY --from=` names a stage or image; BuildKit resolves it apart from the stage's variables.
  const from = ins.flags.find((f) => f.name === 'from')?.value;
  for (const ref of refs) {
    if (scope.names.has(ref.name) || HANDLES_UNSET.has(ref.operator) || sameEnv?.has(ref.name) || !NAME.test(ref.name)) continue;
    if (from && ref.token.start >= from.start && ref.token.end <= from.end) continue;
    if (ins.keyword === 'ARG' && pairs.some((p) => p.token.end <= ref.token.start && p.key.value === ref.name)) continue;
    const finding = describe(model, stage, ref, scope, globalNames);
    if (finding) report(finding);
  }
}

function describe(model: Dockerfile, stage: Stage, ref: VariableRef, scope: StageScope, globalNames: Set<string>): Report | undefined {
  const name = ref.name;
  if (globalNames.has(name) || PLATFORM_ARGS.includes(name)) {
    const origin = globalNames.has(name) ? 'is declared before the first FROM, which makes it visible to FROM lines only' : 'is predefined by BuildKit for FROM lines only';
    return {
      range: ref.token.range,
      message: `'$${name}' ${origin}; inside this stage it is empty until you add \`ARG ${name}\` to the stage.`,
      fixes: [declareFix(model, stage, name)],
    };
  }
  const suggestion = closestName(name, scope.names);
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
