import { defineRule } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import { runScripts, type RunScript } from './shellUtil';

/** RUNs this short are cheap to merge; longer ones are often split on purpose, for the cache. */
const MAX_COMMANDS = 2;

function flagKey(run: Instruction): string {
  return run.flags.map((f) => f.token.text).sort().join(' ');
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3059',
    title: 'Consolidate consecutive RUN instructions',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags a short RUN that directly follows another short RUN with the same flags: each RUN adds a layer, and merging them with `&&` keeps the image smaller and the build faster.',
  },
  (context) => {
    const df = context.model;
    const byInstruction = new Map<Instruction, RunScript>();
    for (const s of runScripts(df)) if (!s.onbuild) byInstruction.set(s.host, s);
    let previous: RunScript | undefined;
    for (const instruction of df.instructions) {
      const current = instruction.keyword === 'RUN' ? byInstruction.get(instruction) : undefined;
      if (
        current &&
        previous &&
        previous.stage === current.stage &&
        flagKey(previous.run) === flagKey(current.run) &&
        previous.commands.length <= MAX_COMMANDS &&
        current.commands.length <= MAX_COMMANDS
      ) {
        context.report({
          range: instruction.keywordToken.range,
          message: 'This RUN follows another short RUN; merge them with `&&` into one RUN to save a layer.',
          related: [{ message: 'previous RUN', range: previous.run.keywordToken.range }],
        });
      }
      previous = current;
    }
  },
);
