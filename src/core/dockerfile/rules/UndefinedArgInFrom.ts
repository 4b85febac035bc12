import { defineRule } from '../../rule';
import { closestName } from '../../suggest';
import { rangeContains } from '../../text';
import type { Range } from '../../types';
import type { Dockerfile } from '../model';
import { PLATFORM_ARGS } from './buildkitEnv';
import { isName, renameFix } from './buildkitVariables';
import { mentionsVariable } from './instructionIndex';

export const UndefinedArgInFrom = defineRule<Dockerfile>(
  {
    id: 'UndefinedArgInFrom',
    title: 'FROM uses an ARG that is not declared before it',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'A variable in FROM must be an ARG declared before the first FROM (or a predefined platform ARG); otherwise it is always empty and cannot be set with --build-arg.',
  },
  ({ model, report }) => {
    if (!model.text.includes('$')) return;
    for (const stage of model.stages) {
      if (!mentionsVariable(model, stage.from)) continue;
      let checked: Range[] | undefined;
      for (const ref of model.variables(stage.from)) {
        if (isGlobalArg(model, ref.name) || PLATFORM_ARGS.includes(ref.name) || !isName(ref.name)) continue;
        // Ranges are computed on first read, so only for a reference that could be reported.
        checked ??= stage.platform?.value ? [stage.image.token.range, stage.platform.value.range] : [stage.image.token.range];
        if (!checked.some((r) => rangeContains(r, ref.token.range.start))) continue;
        const candidates = [...new Set(model.globalArgs.map((a) => a.name)), ...PLATFORM_ARGS];
        const suggestion = closestName(ref.name, candidates);
        report({
          range: ref.token.range,
          message:
            `FROM uses '${ref.name}', which is not declared: add \`ARG ${ref.name}\` before the first FROM, or it stays empty and --build-arg cannot set it.` +
            (suggestion ? ` Did you mean '${suggestion}'?` : ''),
          fixes: suggestion ? [renameFix(model, ref, suggestion)] : [],
        });
      }
    }
  },
);

/** A loop over the global ARGs rather than a Set built per file: files have a handful, and FROM lines use one or two. */
function isGlobalArg(model: Dockerfile, name: string): boolean {
  for (const arg of model.globalArgs) if (arg.name === name) return true;
  return false;
}
