import { defineRule } from '../../rule';
import type { Dockerfile, Instruction } from '../model';
import type { Fix } from '../../types';
import { eol, scriptEnd } from './shellReports';
import { runScripts, type RunScript } from './shellUtil';

/** RUNs this short are cheap to merge; longer ones are often split on purpose, for the cache. */
const MAX_COMMANDS = 2;

/**
 * Joins `current` onto `previous`: replaces the line break, keyword and flags between the two scripts
 * with ` && \` and an indented continuation. Only for plain shell-form RUNs with nothing but
 * whitespace between them, so no comment or heredoc is lost.
 */
function mergeFix(df: Dockerfile, previous: RunScript, current: RunScript): Fix | undefined {
  const run = current.run;
  if (previous.run.heredocs.length > 0 || run.heredocs.length > 0 || run.form !== 'shell' || !run.argsRange) return undefined;
  const end = scriptEnd(df, previous);
  if (!end) return undefined;
  const between = df.text.slice(df.lines.offsetAt(end.position), df.lines.offsetAt(run.argsRange.start));
  if (between.includes('#')) return undefined;
  const continuation = ` ${df.escapeChar}${eol(df)}    ${end.joiner === ' && ' ? '&& ' : ''}`;
  return { title: 'Merge into the previous RUN', edits: [{ range: { start: end.position, end: run.argsRange.start }, newText: continuation }], safe: false };
}

/**
 * Few commands, all of them known. A heredoc that is not analysed as shell (data for `cat`, a Python
 * script) may hold any amount of work, so such a RUN never counts as short.
 */
function isShort(script: RunScript): boolean {
  if (script.commands.length > MAX_COMMANDS || script.script?.interpreter) return false;
  const bodies = script.run.heredocs;
  if (bodies.length === 0) return true;
  return script.commands.some((c) => bodies.some((h) => c.command.nameWord.start >= h.body.start && c.command.nameWord.start <= h.body.end));
}

function sameFlags(a: Instruction, b: Instruction): boolean {
  return (a.flags.length === 0 && b.flags.length === 0) || flagKey(a) === flagKey(b);
}

function flagKey(run: Instruction): string {
  return run.flags.map((f) => f.token.text).sort().join(' ');
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3059',
    title: 'Consolidate consecutive RUN instructions',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags a short RUN that directly follows another short RUN with the same flags: each RUN adds a layer, and merging them with `&&` keeps the image smaller and the build faster.',
  },
  (context) => {
    const df = context.model;
    // The analysed scripts are in file order, so one cursor finds each RUN's script without a lookup table.
    const scripts = runScripts(df);
    let next = 0;
    let previous: RunScript | undefined;
    for (const instruction of df.instructions) {
      let current: RunScript | undefined;
      if (instruction.keyword === 'RUN') {
        while (next < scripts.length && scripts[next].host !== instruction) next++;
        current = scripts[next];
      }
      if (
        current &&
        previous &&
        previous.stage === current.stage &&
        sameFlags(previous.run, current.run) &&
        isShort(previous) &&
        isShort(current)
      ) {
        const fix = mergeFix(df, previous, current);
        context.report({
          range: instruction.keywordToken.range,
          message: 'This RUN follows another short RUN; merge them with `&&` into one RUN to save a layer.',
          related: [{ message: 'previous RUN', range: previous.run.keywordToken.range }],
          fixes: fix ? [fix] : [],
        });
      }
      previous = current;
    }
  },
);
