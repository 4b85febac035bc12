import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { commandsNamed, type Cmd, type RunScript } from './shellUtil';

const TOOLS = ['curl', 'wget'];

/** Whether both tools appear at all: most files use one or neither, and then no per-stage tally is needed. */
function usesBoth(cmds: readonly Cmd[]): boolean {
  for (const c of cmds) if (c.name !== cmds[0].name) return true;
  return false;
}

export default defineRule<Dockerfile>(
  {
    id: 'DL4001',
    title: 'Use either wget or curl, not both',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags a stage that downloads with both `curl` and `wget`: two tools doing one job means two packages to install, update and scan.',
  },
  (context) => {
    // Counted per stage in file order, as the stage is built: once both tools have appeared, every RUN using one is reported.
    const cmds = commandsNamed(context.model, TOOLS);
    if (!usesBoth(cmds)) return;
    const byScript = new Map<RunScript, Cmd[]>();
    for (const c of cmds) {
      const list = byScript.get(c.script);
      if (list) list.push(c);
      else byScript.set(c.script, [c]);
    }
    const seen = new Map<number, Set<string>>();
    for (const [script, used] of byScript) {
      let tools = seen.get(script.stage);
      if (!tools) seen.set(script.stage, (tools = new Set()));
      for (const c of used) tools.add(c.name);
      if (tools.size < 2) continue;
      const first = used[0];
      const other = first.name === 'curl' ? 'wget' : 'curl';
      context.report({
        range: first.command.nameWord.range,
        message: `This stage downloads with both \`curl\` and \`wget\`; use one of them (drop \`${other}\` or \`${first.name}\`) so the image carries a single download tool.`,
      });
    }
  },
);
