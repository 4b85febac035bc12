import { defineRule } from '../../rule';
import type { Dockerfile, Instruction, Stage, Word } from '../model';
import { instructionsOf } from './instructionIndex';
import { innerStart } from './quotes';
import { stageGraph } from './stageGraph';

/** `/x`, `C:\x`, `C:/x`, `\x` (Windows root of the current drive). */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

/** The WORKDIR path word; several words are a syntax error the parser reports. */
function pathWord(instruction: Instruction): Word | undefined {
  return instruction.args.length === 1 ? instruction.args[0] : undefined;
}

/** The path a relative one becomes when the working directory is `/`; undefined when that guess would be wrong. */
function absoluteGuess(path: string): string | undefined {
  if (path.startsWith('~') || path === '.' || path === './') return undefined;
  return '/' + path.replace(/^(\.\/)+/, '');
}

/** Whether an ancestor in `chain` (the stage itself excluded) set a WORKDIR; a loop, as this runs for every stage of every lint. */
function hasAnchoredAncestor(chain: readonly Stage[], anchored: readonly boolean[]): boolean {
  for (let i = 1; i < chain.length; i++) if (anchored[chain[i].index]) return true;
  return false;
}

export const DL3000 = defineRule<Dockerfile>(
  {
    id: 'DL3000',
    aliases: ['WorkdirRelativePath'],
    title: 'Use absolute WORKDIR',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'A relative WORKDIR depends on the working directory of the base image; start from an absolute path so the build means the same everywhere.',
  },
  ({ model, report }) => {
    // Only a WORKDIR can be reported; most files have one or none, so the stages are not walked.
    const workdirs = instructionsOf(model, 'WORKDIR');
    if (workdirs.length === 0) return;
    const graph = stageGraph(model);
    /** Stages (by index) that have set a WORKDIR so far; a later relative one builds on it. */
    const anchored: boolean[] = [];
    let stageIndex = -1;
    let known = false;
    for (const instruction of workdirs) {
      if (instruction.stage < 0) continue;
      if (instruction.stage !== stageIndex) {
        stageIndex = instruction.stage;
        // A stage without a WORKDIR needs no entry: its descendants' chains reach the ancestor that set one.
        known = hasAnchoredAncestor(graph.chain(model.stages[stageIndex]), anchored);
      }
      const word = pathWord(instruction);
      if (!word) continue;
      anchored[stageIndex] = true;
      let path = word.value;
      if (path.startsWith('$')) {
        // A variable is trusted unless its value is known statically and relative.
        const expanded = model.expand(path, instruction);
        if (expanded === undefined || expanded === '') {
          known = true;
          continue;
        }
        path = expanded;
      }
      if (!isAbsolute(path) && !known) {
        const guess = word.value === path ? absoluteGuess(path) : undefined;
        const start = innerStart(word);
        const insertAt = model.lines.positionAt(start);
        report({
          range: word.range,
          message: `WORKDIR ${word.value} is relative: it lands under whatever working directory the base image set. Use an absolute path${guess ? ` such as ${guess}` : ''}.`,
          fixes: guess
            ? [
                {
                  title: `Make the WORKDIR absolute: ${guess}`,
                  edits: path.startsWith('./')
                    ? [{ range: model.lines.range(start, start + (path.length - guess.length + 1)), newText: '/' }]
                    : [{ range: { start: insertAt, end: insertAt }, newText: '/' }],
                  safe: false,
                },
              ]
            : [],
        });
      }
      known = true;
    }
  },
);
