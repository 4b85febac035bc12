import { defineRule } from '../../rule';
import { imageRefProblem } from '../imageRef';
import type { Dockerfile } from '../model';
import { expandWord } from '../variables';
import { PLATFORM_ARG_VALUES } from './buildkitEnv';

export const InvalidDefaultArgInFrom = defineRule<Dockerfile>(
  {
    id: 'InvalidDefaultArgInFrom',
    title: 'FROM is invalid with the default ARG values',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'A FROM built from ARGs should name a valid image with the ARGs\' default values, so a plain `docker build` without --build-arg works.',
  },
  ({ model, report }) => {
    const escape = model.escapeChar.charCodeAt(0);
    let defaults: Map<string, string | null> | undefined;
    for (const stage of model.stages) {
      const image = stage.image;
      if (!image.usesVariables) continue;
      // Global ARGs all precede the first FROM, so every stage sees the same defaults: computed once.
      const known = (defaults ??= globalDefaults(model, escape));
      let unknown = false;
      const value = expandWord(
        image.token.text,
        (name) => {
          const v = lookup(known, name);
          if (v === undefined) unknown = true;
          return v;
        },
        escape,
      );
      // An undeclared ARG is UndefinedArgInFrom's finding; a default that cannot be computed is no evidence.
      if (unknown || value === undefined) continue;
      if (value !== '' && (image.isScratch || value === 'scratch' || model.stageByRef(value))) continue;
      const problem = imageRefProblem(value);
      if (!problem) continue;
      const names = model.variables(stage.from).filter((r) => r.token.start >= image.token.start && r.token.end <= image.token.end).map((r) => r.name);
      const unset = names.filter((n) => known.get(n) === '');
      report({
        range: image.token.range,
        message:
          `With the default ARG values this FROM resolves to ${value === '' ? 'an empty name' : `'${value}'`}, which is not a valid image (${problem}). ` +
          (unset.length > 0 ? `Give ${unset.map((n) => `ARG ${n}`).join(', ')} a default value` : 'Change the default values') +
          ' so the build works without --build-arg.',
      });
    }
  },
);

/** The global ARGs' defaults as a default build sees them: later declarations replace earlier ones, and a default may use the ARGs above it. */
function globalDefaults(model: Dockerfile, escape: number): Map<string, string | null> {
  const defaults = new Map<string, string | null>();
  for (const arg of model.globalArgs) {
    const pair = arg.instruction.pairs?.find((p) => p.key === arg.token);
    const raw = pair?.value?.text;
    defaults.set(arg.name, raw === undefined ? '' : (expandWord(raw, (n) => lookup(defaults, n), escape) ?? null));
  }
  return defaults;
}

/** A global ARG's default, or the example value of a platform ARG; undefined when the name is not declared. */
function lookup(defaults: Map<string, string | null>, name: string): string | null | undefined {
  if (defaults.has(name)) return defaults.get(name) ?? undefined;
  return Object.prototype.hasOwnProperty.call(PLATFORM_ARG_VALUES, name) ? PLATFORM_ARG_VALUES[name] : undefined;
}
