import { isScalar, visit } from 'yaml';
import { interpolate } from '../interpolation';
import { composeRule, envOf } from './common';

export const undefinedVariable = composeRule(
  {
    id: 'compose-undefined-variable',
    title: 'Variable with no value and no default',
    severity: 'warning',
    fixable: false,
    summary: 'Compose replaces `${VAR}` with an empty string when the variable is set neither in the shell nor in `.env` (and `${VAR?msg}` stops with an error); give it a value in `.env` or a default with `${VAR:-default}`.',
  },
  (context) => {
    const { model, report } = context;
    const doc = model.doc;
    if (!doc || !model.text.includes('$')) return;
    const env = envOf(context);
    const where = '`.env` beside this file';
    visit(doc, {
      Scalar(_, node) {
        if (!isScalar(node) || !node.range) return;
        // Read the text as written so each variable's range is exact, quotes and all.
        const [start, end] = node.range;
        const source = model.text.slice(start, end);
        if (!source.includes('$')) return;
        for (const use of interpolate(source, env).missing) {
          const required = use.operator === '?' || use.operator === ':?';
          report({
            range: model.lines.range(start + use.start, start + use.end),
            message: required
              ? `\${${use.name}} is required${use.argument ? ` ("${use.argument}")` : ''} and has no value in ${where}; \`docker compose\` stops with an error unless it is set in the shell.`
              : `\${${use.name}} has no value in ${where} and no default, so Compose substitutes an empty string unless the shell sets it. Add it to .env or write \${${use.name}:-default}.`,
          });
        }
      },
    });
  },
);
