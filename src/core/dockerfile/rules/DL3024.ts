import { defineRule } from '../../rule';
import type { Dockerfile, Token } from '../model';

export const DL3024 = defineRule<Dockerfile>(
  {
    id: 'DL3024',
    aliases: ['DuplicateStageName'],
    title: 'FROM aliases (stage names) must be unique',
    severity: 'error',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Two stages with one name make every reference to that name ambiguous; BuildKit refuses the file.',
  },
  ({ model, report }) => {
    // One stage cannot collide with itself: nothing to compare for the common single-stage file.
    if (model.stages.length < 2) return;
    // Files have a handful of stages: a scan of the names lower-cased so far is cheaper than a Map.
    const lowered: (string | undefined)[] = [];
    for (const stage of model.stages) {
      const name = stage.name;
      // Stage names are case-insensitive to BuildKit: `Build` and `build` collide.
      const key = name?.text.toLowerCase();
      const at = key === undefined ? -1 : lowered.indexOf(key);
      lowered.push(key);
      if (!name || at < 0) continue;
      const first = model.stages[at].name as Token;
      report({
        range: name.range,
        message: `Stage name ${name.text} is already used on line ${first.range.start.line + 1}${first.text !== name.text ? ` (as ${first.text}; names ignore case)` : ''}. Give each stage its own name.`,
        related: [{ message: 'first stage with this name', range: first.range }],
      });
    }
  },
);
