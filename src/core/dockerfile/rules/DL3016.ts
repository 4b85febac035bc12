import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { invocations, NPM } from './packageManagers';
import { reportUnpinned } from './shellReports';

/** Dist-tags that always move: naming them is not pinning. */
const MOVING_TAGS = new Set(['', 'latest', '*', 'x']);

function isLocal(spec: string): boolean {
  return /^(\.{0,2}\/|~\/|file:)/.test(spec) || /\.(tar|tar\.gz|tgz)$/.test(spec);
}

function isGit(spec: string): boolean {
  return /^(git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:)/.test(spec) || (!spec.startsWith('@') && spec.includes('/'));
}

/** Index of the `@` that starts the version, skipping a scope's leading `@`; -1 when there is none. */
function versionAt(spec: string): number {
  return spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
}

/**
 * An npm package argument is pinned when it names a version (`pkg@1.2.3`, `@scope/pkg@^1`), a git
 * ref (`…#v1.2.3`), or a local path or tarball, which the build context fixes.
 */
export function isPinnedNpm(spec: string): boolean {
  if (isLocal(spec)) return true;
  if (isGit(spec)) return spec.includes('#');
  const at = versionAt(spec);
  return at >= 0 && !MOVING_TAGS.has(spec.slice(at + 1));
}

function pinnedForm(spec: string): string {
  if (isGit(spec)) return `${spec}#<commit-or-tag>`;
  const at = versionAt(spec);
  return `${at >= 0 ? spec.slice(0, at) : spec}@<version>`;
}

/** Hoisted: an array literal in the check would be a new array on every lint. */
const NPM_NAMES = ['npm'];
const NPM_INSTALL = ['install', 'i', 'add'];

export default defineRule<Dockerfile>(
  {
    id: 'DL3016',
    title: 'Pin versions in npm install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `npm install <pkg>` without `@<version>`: an unpinned package resolves to whatever is newest on each build.',
  },
  (context) => {
    for (const inv of invocations(context.model, NPM_NAMES, NPM, NPM_INSTALL)) {
      reportUnpinned(context, inv.cmd, inv.operands, isPinnedNpm, (spec) => `npm install ${pinnedForm(spec)}`);
    }
  },
);
