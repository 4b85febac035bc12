import { defineRule, type Report } from '../../rule';
import type { Dockerfile, Instruction, Stage } from '../model';
import { destinationOf } from './copyArgs';
import { instructionsOf } from './instructionIndex';
import { stageGraph } from './stageGraph';

/** Whether a WORKDIR earlier in the stage, or in a stage it builds on (`chain` past its first entry), set the working directory. */
function workdirBefore(workdirs: readonly Instruction[], chain: readonly Stage[], at: Instruction): boolean {
  for (const workdir of workdirs) {
    if (workdir.stage === at.stage) {
      if (workdir.start < at.start) return true;
    } else {
      for (let i = 1; i < chain.length; i++) if (chain[i].index === workdir.stage) return true;
    }
  }
  return false;
}

function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}

/** Reports the COPY/ADD if it writes to a relative path while the working directory is the base image's. */
function checkDestination(model: Dockerfile, workdirs: readonly Instruction[], instruction: Instruction, report: (r: Report) => void): void {
  if (instruction.stage < 0) return;
  const dest = destinationOf(instruction);
  if (!dest || isAbsoluteOrVariable(dest.value)) return;
  const graph = stageGraph(model);
  const stage = model.stages[instruction.stage];
  // FROM scratch has no image config: its working directory is `/`, known without a WORKDIR.
  if (graph.fromScratch(stage) || workdirBefore(workdirs, graph.chain(stage), instruction)) return;
  report({
    range: dest.range,
    message: `${instruction.keyword} to the relative path ${dest.value} before any WORKDIR: it lands under whatever working directory the base image set (often /). Add WORKDIR /your/app above, or use an absolute destination.`,
  });
}

export const DL3045 = defineRule<Dockerfile>(
  {
    id: 'DL3045',
    title: 'COPY to a relative destination without WORKDIR set',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A relative COPY destination lands under the working directory the base image happens to set; set WORKDIR first or use an absolute path.',
  },
  ({ model, report }) => {
    // Each COPY and ADD is judged on its own from the WORKDIR list, rather than by walking every
    // instruction of every stage: the destination test settles most of them.
    const workdirs = instructionsOf(model, 'WORKDIR');
    for (const instruction of instructionsOf(model, 'COPY')) checkDestination(model, workdirs, instruction, report);
    for (const instruction of instructionsOf(model, 'ADD')) checkDestination(model, workdirs, instruction, report);
  },
);
