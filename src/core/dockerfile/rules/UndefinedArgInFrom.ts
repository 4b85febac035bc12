import { defineRule } from '../../rule';
import { closestName } from '../../suggest';
import { rangeContains } from '../../text';
import type { Range } from '../../types';
import type { Dockerfile } from '../model';
import { PLATFORM_ARGS } from './buildkitEnv';
import { renameFix } from './buildkitVariables';
import { mentionsVariable } from './instructionIndex';

/** Shell special parameters such as `$1` are no build arguments. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

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
    let declared: Set<string> | undefined;
    for (const stage of model.stages) {
      if (!mentionsVariable(model, stage.from)) continue;
      let checked: Range[] | undefined;
      for (const ref of model.variables(stage.from)) {
        declared ??= new Set(model.globalArgs.map((a) => a.name));
        if (declared.has(ref.name) || PLATFORM_ARGS.includes(ref.name) || !NAME.test(ref.name)) continue;
        // Ranges are computed on first read, so only for a reference that could be reported.
        checked ??= stage.platform?.value ? [stage.image.token.range, stage.platform.value.range] : [stage.image.token.range];
        if (!checked.some((r) => rangeContains(r, ref.token.range.start))) continue;
        const candidates = [...declared, ...PLATFORM_ARGS];
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
