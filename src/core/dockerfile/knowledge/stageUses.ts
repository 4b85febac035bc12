/** Which instructions use a build stage: `FROM <stage>`, `COPY --from`, `RUN --mount from=`. */
import { inlineCode } from '../../text';
import type { Dockerfile, Instruction, Stage } from '../model';

export interface StageUse {
  kind: 'FROM' | 'COPY --from' | 'RUN --mount from';
  instruction: Instruction;
  /** The stage the using instruction belongs to. */
  stage: number;
}

function names(model: Dockerfile, ref: string, at: Instruction, target: Stage): boolean {
  const expanded = ref.includes('$') ? model.expand(ref, at) : ref;
  if (expanded === undefined) return false;
  if (/^\d+$/.test(expanded)) return Number(expanded) === target.index;
  return !!target.name && target.name.text.toLowerCase() === expanded.toLowerCase();
}

const cache = new WeakMap<Dockerfile, Map<Stage, StageUse[]>>();

/** Every use of `target` by a later instruction, in file order. */
export function stageUsers(model: Dockerfile, target: Stage): StageUse[] {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const hit = perModel.get(target);
  if (hit) return hit;
  const out: StageUse[] = [];
  for (const stage of model.stages) {
    if (stage.index <= target.index) continue;
    if (stage.image.stageRef === target.index) out.push({ kind: 'FROM', instruction: stage.from, stage: stage.index });
    for (const ins of stage.instructions) {
      for (const one of ins.trigger ? [ins, ins.trigger] : [ins]) {
        const from = one.flags.find((f) => f.name === 'from');
        if (from?.value && (one.keyword === 'COPY' || one.keyword === 'ADD') && names(model, from.value.value, one, target)) {
          out.push({ kind: 'COPY --from', instruction: one, stage: stage.index });
        }
        for (const m of one.mounts ?? []) {
          const f = m.option('from');
          if (f?.value && names(model, f.value.value, one, target)) out.push({ kind: 'RUN --mount from', instruction: one, stage: stage.index });
        }
      }
    }
  }
  perModel.set(target, out);
  return out;
}

/** "line 12: `COPY --from` in stage 2 (`runtime`)". */
export function describeUse(model: Dockerfile, use: StageUse): string {
  const stage = model.stages[use.stage];
  const label = stage?.name ? ` (${inlineCode(stage.name.text)})` : '';
  const what = use.kind === 'FROM' ? 'the base of' : use.kind === 'COPY --from' ? '`COPY --from` in' : '`RUN --mount from=` in';
  return `line ${use.instruction.keywordToken.range.start.line + 1}: ${what} stage ${use.stage}${label}`;
}
