/**
 * How the stages of one Dockerfile relate: which stage builds on which, which ones only feed
 * `COPY --from`, and which ones end up as an image someone runs. Computed once per parse.
 */
import type { Dockerfile, Instruction, Stage } from '../model';

export interface StageGraph {
  /** The earlier stage this one is built `FROM`, if any. */
  parent(stage: Stage): Stage | undefined;
  /** The stage, then its in-file ancestors (nearest first). */
  chain(stage: Stage): Stage[];
  /** Whether a later stage builds FROM this one. */
  isBase(stage: Stage): boolean;
  /** Whether some instruction copies or mounts files from this stage. */
  isCopySource(stage: Stage): boolean;
  /**
   * Whether the stage is an image people run: the last stage, or any stage that is neither a base
   * of another stage nor only a source of files for one (build it with `--target`).
   */
  isRunnable(stage: Stage): boolean;
}

const cache = new WeakMap<Dockerfile, StageGraph>();

/** The earlier stage a `--from`/`from=` value names (by name, case-insensitively, or by index). */
export function earlierStage(model: Dockerfile, ref: string, at: Instruction): Stage | undefined {
  const limit = at.stage < 0 ? 0 : at.stage;
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    return index < limit ? model.stages[index] : undefined;
  }
  const wanted = ref.toLowerCase();
  for (let i = limit - 1; i >= 0; i--) {
    const name = model.stages[i].name;
    if (name && name.text.toLowerCase() === wanted) return model.stages[i];
  }
  return undefined;
}

/** Stage names that `COPY --from` and `RUN --mount=from=` refer to. */
function copySources(model: Dockerfile): Set<number> {
  const out = new Set<number>();
  for (const instruction of model.instructions) {
    const refs: (string | undefined)[] = (instruction.mounts ?? []).map((m) => m.option('from')?.value?.value);
    if (instruction.keyword === 'COPY') refs.push(instruction.flags.find((f) => f.name === 'from')?.value?.value);
    for (const ref of refs) {
      if (!ref) continue;
      const resolved = ref.includes('$') ? model.expand(ref, instruction) : ref;
      const stage = resolved ? earlierStage(model, resolved, instruction) : undefined;
      if (stage) out.add(stage.index);
    }
  }
  return out;
}

export function stageGraph(model: Dockerfile): StageGraph {
  const hit = cache.get(model);
  if (hit) return hit;
  const parentOf = (stage: Stage): Stage | undefined => {
    const ref = stage.image.stageRef;
    return ref !== undefined && ref < stage.index ? model.stages[ref] : undefined;
  };
  const bases = new Set<number>();
  for (const stage of model.stages) {
    const parent = parentOf(stage);
    if (parent) bases.add(parent.index);
  }
  const copied = copySources(model);
  const last = model.stages.length - 1;
  const graph: StageGraph = {
    parent: parentOf,
    chain(stage) {
      const out: Stage[] = [];
      for (let s: Stage | undefined = stage; s && out.length <= model.stages.length; s = parentOf(s)) out.push(s);
      return out;
    },
    isBase: (stage) => bases.has(stage.index),
    isCopySource: (stage) => copied.has(stage.index),
    isRunnable: (stage) => stage.index === last || (!bases.has(stage.index) && !copied.has(stage.index)),
  };
  cache.set(model, graph);
  return graph;
}
