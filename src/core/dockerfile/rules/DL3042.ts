import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { pipInstalls, PYTHON_COMMAND } from './packageManagers';
import { addFlagFix } from './shellReports';
import { FALSE_VALUES, hasCacheMount, type RunScript } from './shellUtil';

function pipLabel(name: string): string {
  return PYTHON_COMMAND.test(name) ? `${name} -m pip` : name;
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && value !== '' && !FALSE_VALUES.includes(value.toLowerCase());
}

/** `PIP_NO_CACHE_DIR` set by ENV/ARG for this instruction, or assigned/exported inside the RUN. */
function cacheDisabledByEnv(script: RunScript, valueOf: (name: string) => string | undefined): boolean {
  if (isTruthy(valueOf('PIP_NO_CACHE_DIR'))) return true;
  return script.commands.some((c) =>
    [...c.command.assignments, ...(c.name === 'export' || c.name === 'env' ? c.command.args : [])].some((w) => {
      const m = /^PIP_NO_CACHE_DIR=(.*)$/.exec(w.value);
      return m !== null && isTruthy(m[1]);
    }),
  );
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3042',
    title: 'Avoid the pip cache with --no-cache-dir',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `pip install` without `--no-cache-dir`: pip keeps every downloaded wheel in ~/.cache/pip, which is dead weight in an image layer.',
  },
  (context) => {
    const df = context.model;
    for (const inv of pipInstalls(df)) {
      if (inv.cmd.name === 'pipx' || inv.args.has('no-cache-dir')) continue;
      const script = inv.cmd.script;
      if (hasCacheMount(script, (target) => target.includes('.cache/pip'))) continue;
      if (cacheDisabledByEnv(script, (name) => df.valueOf(name, script.host))) continue;
      context.report({
        range: inv.cmd.command.nameWord.range,
        message: `Add \`--no-cache-dir\` to \`${pipLabel(inv.cmd.name)} install\` so pip's download cache does not stay in the image layer.`,
        fixes: [addFlagFix(inv.sub, '--no-cache-dir')],
      });
    }
  },
);
