import type { Node } from 'yaml';
import { isMap, isPair, isScalar, isSeq } from '../nodeTypes';
import { interpolate, type Env } from '../interpolation';
import type { ComposeModel } from '../model';
import { composeRule, envOf, type ComposeContext } from './common';

/** Calls `visit` for every scalar (keys too) that holds a `$`, in document order, without walking the rest. */
function scalarsWithDollar(model: ComposeModel, visit: (start: number, end: number) => void): void {
  const dollars: number[] = [];
  for (let i = model.text.indexOf('$'); i >= 0; i = model.text.indexOf('$', i + 1)) dollars.push(i);
  if (dollars.length === 0) return;
  let next = 0;
  const walk = (node: unknown): void => {
    if (next >= dollars.length || !node) return;
    if (isScalar(node)) {
      const r = node.range;
      if (!r) return;
      while (next < dollars.length && dollars[next] < r[0]) next++;
      if (next < dollars.length && dollars[next] < r[1]) visit(r[0], r[1]);
      return;
    }
    // A collection ending before the next `$` holds none: skip it whole.
    const r = (node as Node).range;
    if (r && r[1] <= dollars[next]) return;
    if (isMap(node)) {
      for (const pair of node.items) if (isPair(pair)) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item);
  };
  walk(model.doc?.contents as Node | null);
}

function check(context: ComposeContext, env: Env): void {
  const { model, report } = context;
  scalarsWithDollar(model, (start, end) => {
    // Read the text as written so each variable's range is exact, quotes and all.
    for (const use of interpolate(model.text.slice(start, end), env).missing) {
      const required = use.operator === '?' || use.operator === ':?';
      report({
        range: model.lines.range(start + use.start, start + use.end),
        message: required
          ? `\${${use.name}} is required${use.argument ? ` ("${use.argument}")` : ''} and has no value in \`.env\` beside this file; \`docker compose\` stops with an error unless it is set in the shell.`
          : `\${${use.name}} has no value in \`.env\` beside this file and no default, so Compose substitutes an empty string unless the shell sets it. Add it to .env or write \${${use.name}:-default}.`,
      });
    }
  });
}

export const undefinedVariable = composeRule(
  {
    id: 'compose-undefined-variable',
    title: 'Variable with no value and no default',
    severity: 'warning',
    fixable: false,
    summary: 'Compose replaces `${VAR}` with an empty string when the variable is set neither in the shell nor in `.env` (and `${VAR?msg}` stops with an error); give it a value in `.env` or a default with `${VAR:-default}`.',
  },
  (context) => {
    if (!context.model.doc) return;
    check(context, envOf(context));
  },
);
