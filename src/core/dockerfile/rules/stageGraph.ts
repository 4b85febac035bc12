/**
 * How the stages of one Dockerfile relate: which stage builds on which, which ones only feed
 * `COPY --from`, and which ones end up as an image someone runs. Computed once per parse.
 */
import type { Dockerfile, Instruction, Stage } from '../model';
import { instructionsOf } from './instructionIndex';
import { perModel } from './perModel';

export interface StageGraph {
  /** The stage, then its in-file ancestors (nearest first). Shared: do not modify. */
  chain(stage: Stage): readonly Stage[];
  /**
   * Whether the stage is an image people run: the last stage, or any stage that is neither a base
   * of another stage nor only a source of files for one (build it with `--target`).
   */
  isRunnable(stage: Stage): boolean;
  /** Whether the stage's ancestry starts FROM scratch, so its file system and working directory are known to be empty and `/`. */
  fromScratch(stage: Stage): boolean;
  /** Whether the stage builds a Windows image (Windows base image, or a cmd/PowerShell SHELL). */
  isWindows(stage: Stage): boolean;
  /** The USER instruction that decides who the stage's image runs as (its own, or inherited in-file). */
  effectiveUser(stage: Stage): Instruction | undefined;
}

const WINDOWS_IMAGE = /windows|nanoserver|servercore/i;
const WINDOWS_SHELL = /^(cmd|powershell)(\.exe)?$/i;

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

/** Indexes of the stages that `COPY --from` and `RUN --mount=from=` read files from. */
function copySources(model: Dockerfile): Set<number> {
  const out = new Set<number>();
  const add = (ref: string | undefined, instruction: Instruction): void => {
    if (!ref) return;
    const resolved = ref.includes('$') ? model.expand(ref, instruction) : ref;
    const stage = resolved ? earlierStage(model, resolved, instruction) : undefined;
    if (stage) out.add(stage.index);
  };
  for (const instruction of instructionsOf(model, 'COPY')) add(instruction.flags.find((f) => f.name === 'from')?.value?.value, instruction);
  for (const instruction of instructionsOf(model, 'RUN')) if (instruction.mounts) for (const m of instruction.mounts) add(m.option('from')?.value?.value, instruction);
  return out;
}

/**
 * A class rather than an object of closures: the graph is built for every lint, and its methods
 * then live once on the prototype instead of as six fresh closures (and their context) per model.
 */
class ModelStageGraph implements StageGraph {
  /** Stages (by index) that another stage builds on. */
  private readonly isBase: boolean[] = [];
  /** Only isRunnable needs the COPY sources, and most lints ask nothing of it for single-stage files. */
  private copied: Set<number> | undefined;
  /** Several rules ask for the same stage's chain: each is built once. */
  private readonly chains: Stage[][] = [];

  constructor(private readonly model: Dockerfile) {
    for (const stage of model.stages) {
      const parent = this.parentOf(stage);
      if (parent) this.isBase[parent.index] = true;
    }
  }

  private parentOf(stage: Stage): Stage | undefined {
    const ref = stage.image.stageRef;
    return ref !== undefined && ref < stage.index ? this.model.stages[ref] : undefined;
  }

  chain(stage: Stage): readonly Stage[] {
    let out = this.chains[stage.index];
    if (!out) {
      out = [];
      for (let s: Stage | undefined = stage; s && out.length <= this.model.stages.length; s = this.parentOf(s)) out.push(s);
      this.chains[stage.index] = out;
    }
    return out;
  }

  isRunnable(stage: Stage): boolean {
    return stage.index === this.model.stages.length - 1 || (!this.isBase[stage.index] && !(this.copied ??= copySources(this.model)).has(stage.index));
  }

  fromScratch(stage: Stage): boolean {
    const chain = this.chain(stage);
    return chain[chain.length - 1].image.isScratch;
  }

  effectiveUser(stage: Stage): Instruction | undefined {
    for (const s of this.chain(stage)) {
      for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i].keyword === 'USER') return s.instructions[i];
    }
    return undefined;
  }

  isWindows(stage: Stage): boolean {
    return this.chain(stage).some(
      (s) =>
        WINDOWS_IMAGE.test(s.image.resolved ?? s.image.token.text) ||
        s.instructions.some((i) => i.keyword === 'SHELL' && i.args.length > 0 && WINDOWS_SHELL.test(i.args[0].value.split(/[\\/]/).pop() ?? '')),
    );
  }
}

export const stageGraph: (model: Dockerfile) => StageGraph = perModel((model) => new ModelStageGraph(model));
