import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { pipInstalls } from './packageManagers';
import { reportUnpinned } from './shellReports';

const VCS = /^(git|hg|svn|bzr)\+/;

/**
 * A pip requirement is pinned when it carries a version specifier, names a local archive or path,
 * or is a VCS URL with an `@ref`.
 */
export function isPinnedPip(spec: string): boolean {
  if (/(===|==|>=|<=|~=|!=|<|>)/.test(spec)) return true;
  if (VCS.test(spec)) {
    const url = spec.replace(/#.*$/, '').replace(/^[a-z]+\+[a-z]+:\/\//i, '');
    const path = url.slice(url.indexOf('/') + 1);
    return path.includes('@');
  }
  return /\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/i.test(spec) || spec.includes('/');
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3013',
    title: 'Pin versions in pip install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `pip install` packages without a version specifier (`pkg==<version>`): unpinned packages make rebuilds pick up whatever was released last.',
  },
  (context) => {
    for (const inv of pipInstalls(context.model)) {
      const a = inv.args;
      // Requirements and constraints files pin elsewhere; `.` installs the project, whose metadata pins.
      if (a.has('r', 'requirement', 'c', 'constraint') || inv.operands.some((w) => w.value === '.')) continue;
      const tool = inv.cmd.name === 'pipx' ? 'pipx' : 'pip';
      reportUnpinned(context, inv.cmd, inv.operands, isPinnedPip, (spec) => `${tool} install ${spec}==<version>`);
    }
  },
);
