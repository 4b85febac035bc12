import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { zypperInstalls } from './packageManagers';
import { reportUnpinned } from './shellReports';

/** `pkg=1.2`, `pkg>=1.2`, `pkg<2` and `.rpm` files pin; URLs and capabilities name no package to pin. */
export function isPinnedZypper(spec: string): boolean {
  return /[=<>]/.test(spec) || /\.rpm$/i.test(spec) || spec.includes('(') || /^[a-z]+:\/\//i.test(spec);
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3037',
    title: 'Pin versions in zypper install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `zypper install` packages without a version (`pkg=<version>` or `pkg>=<version>`): unpinned packages make rebuilds differ.',
  },
  (context) => {
    for (const inv of zypperInstalls(context.model)) {
      // Patterns, products and patches (`-t pattern devel_basis`) are collections, not versioned packages.
      const type = [...inv.args.values('t'), ...inv.args.values('type')][0];
      if (type !== undefined && type !== 'package') continue;
      reportUnpinned(context, inv.cmd, inv.operands, isPinnedZypper, (spec) => `zypper install ${spec}=<version>`);
    }
  },
);
