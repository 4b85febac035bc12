import { defineRule } from '../../rule';
import type { Dockerfile, Word } from '../model';
import { applyCasing, casingOf, majorityCasing } from './buildkitCasing';

export const FromAsCasing = defineRule<Dockerfile>(
  {
    id: 'FromAsCasing',
    title: "The 'AS' keyword's casing does not match 'FROM'",
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: "The 'AS' of a named stage should use the same casing as its 'FROM', so the line reads as one instruction.",
  },
  ({ model, report }) => {
    for (const stage of model.stages) {
      const name = stage.name;
      if (!name) continue;
      const from = stage.from;
      const as = lastAs(from.args, name.start);
      if (!as) continue;
      const majority = majorityCasing(model).casing;
      const fromCasing = casingOf(from.keywordToken.text);
      // A mixed-case FROM is ConsistentInstructionCasing's finding, and so is a FROM that disagrees
      // with the file while AS already agrees: fixing FROM then fixes the pair.
      if (!fromCasing || (fromCasing !== majority && casingOf(as.text) === majority)) continue;
      const wanted = applyCasing(as.text, fromCasing);
      if (wanted === as.text) continue;
      report({
        range: as.range,
        message: `'${as.text}' does not match the casing of '${from.keywordToken.text}'; write '${wanted}'.`,
        fixes: [{ title: `Write '${wanted}'`, safe: true, edits: [{ range: as.range, newText: wanted }] }],
      });
    }
  },
);

/** The last `AS` word before the stage name. */
function lastAs(args: readonly Word[], nameStart: number): Word | undefined {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i];
    if (a.end <= nameStart && isAs(a.value)) return a;
  }
  return undefined;
}

/** `as` in any casing, compared by character code: `toLowerCase()` would allocate a string per word. */
function isAs(word: string): boolean {
  return word.length === 2 && (word.charCodeAt(0) | 32) === 97 && (word.charCodeAt(1) | 32) === 115;
}
