import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { GEM, invocations } from './packageManagers';
import { reportUnpinned } from './shellReports';

/** `rails:7.1.3` pins; a local `.gem` file is fixed by the build context. */
export function isPinnedGem(spec: string): boolean {
  return spec.includes(':') || spec.endsWith('.gem');
}

/** Hoisted: an array literal in the check would be a new array on every lint. */
const GEM_NAMES = ['gem'];
const GEM_INSTALL = ['install', 'i'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3028',
    title: 'Pin versions in gem install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `gem install <gem>` without a version (`gem:<version>` or `-v <version>`): an unpinned gem resolves to the newest release on each build.',
  },
  (context) => {
    for (const inv of invocations(context.model, GEM_NAMES, GEM, GEM_INSTALL)) {
      if (inv.args.has('v', 'version')) continue;
      // Words after `--` are build options for the gem's native extension.
      const gems = inv.args.positionals.slice(1, inv.args.beforeDoubleDash);
      reportUnpinned(context, inv.cmd, gems, isPinnedGem, (spec) => `gem install ${spec}:<version>`, { one: 'gem', many: 'gems' });
    }
  },
);
