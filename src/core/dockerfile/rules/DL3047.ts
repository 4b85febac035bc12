import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { argsOf, WGET } from './packageManagers';
import { addFlagFix } from './shellReports';
import { baseFamily, commandsNamed } from './shellUtil';

/** Hoisted: an array literal in the check would be a new array on every lint. */
const WGET_NAMES = ['wget'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3047',
    title: 'Quiet wget\'s progress bar',
    severity: 'info',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags `wget` without `--progress`, `-q` or `-nv`: without a terminal, wget prints a progress line for every few kilobytes and floods the build log.',
  },
  (context) => {
    const df = context.model;
    for (const cmd of commandsNamed(df, WGET_NAMES)) {
      const args = argsOf(cmd, WGET);
      if (args.has('progress', 'q', 'quiet', 'nv', 'no-verbose', 'o', 'output-file', 'a', 'append-output')) continue;
      // BusyBox wget (Alpine) knows only -q; GNU wget's -nv keeps error messages that -q would hide.
      const flag = baseFamily(df, cmd.script.stage) === 'busybox' ? '-q' : '-nv';
      context.report({
        range: cmd.command.nameWord.range,
        message: 'Add `-nv` or `--progress=dot:giga` to `wget` (or `-q` with BusyBox): its progress output floods the build log.',
        fixes: [addFlagFix(cmd.command.nameWord, flag, false)],
      });
    }
  },
);
