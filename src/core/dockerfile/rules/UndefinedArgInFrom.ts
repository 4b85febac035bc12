import { defineRule } from '../../rule';
import { closestName } from '../../suggest';
import { rangeContains } from '../../text';
import type { Range } from '../../types';
import type { Dockerfile } from '../model';
import { PLATFORM_ARGS } from './buildkitEnv';
import { renameFix } from './buildkitVariables';
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
    const declared = new Set(model.globalArgs.map((a) => a.name));
    const candidates = [...declared, ...PLATFORM_ARGS];
    for (const stage of model.stages) {
      if (!mentionsVariable(model, stage.from)) continue;
      const checked: Range[] = [stage.image.token.range];
      if (stage.platform?.value) checked.push(stage.platform.value.range);
      for (const ref of model.variables(stage.from)) {
        if (declared.has(ref.name) || PLATFORM_ARGS.includes(ref.name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(ref.name)) continue;
        if (!checked.some((r) => rangeContains(r, ref.token.range.start))) continue;
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
