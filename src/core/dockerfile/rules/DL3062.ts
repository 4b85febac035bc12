import { defineRule } from '../../rule';
import type { Dockerfile, Word } from '../model';
import { GO, invocations } from './packageManagers';
import { reportUnpinned } from './shellReports';
import type { RunScript } from './shellUtil';

/**
 * A Go package argument is pinned by `@<version>` other than `latest`/`none`. Local paths and
 * `.go` files build from the context, so they carry no version.
 */
export function isPinnedGo(spec: string): boolean {
  if (spec === '.' || spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/') || spec.endsWith('.go')) return true;
  const at = spec.lastIndexOf('@');
  if (at < 0) return false;
  const version = spec.slice(at + 1);
  return version !== '' && version !== 'latest' && version !== 'none';
}

/** Go's meta-packages: `tool` installs the tools go.mod declares, with go.mod's versions. */
const META_PACKAGES = new Set(['tool', 'all', 'std', 'cmd']);

const isGoMod = (path: string): boolean => path === 'go.mod' || path.endsWith('/go.mod');

/**
 * Since Go 1.16, `go install pkg` and `go run pkg` without `@version` inside a module take the version
 * from go.mod (and fail if it is not required there), so they are pinned when go.mod is visibly present:
 * bind-mounted into this RUN, or copied into the stage earlier.
 */
function moduleVisible(df: Dockerfile, script: RunScript): boolean {
  if (script.mounts.some((m) => m.type === 'bind' && (isGoMod(m.source) || isGoMod(m.target)))) return true;
  const stage = df.stages[script.stage];
  if (!stage) return false;
  return stage.instructions.some(
    (i) => i.start < script.host.start && (i.keyword === 'COPY' || i.keyword === 'ADD') && i.args.slice(0, -1).some((w) => isGoMod(w.value)),
  );
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3062',
    title: 'Pin versions in go install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `go install`, `go get` and `go run` of a module path without `@<version>` (or with `@latest`): each build would fetch whatever is newest.',
  },
  (context) => {
    const df = context.model;
    for (const inv of invocations(df, ['go'], GO, ['install', 'get', 'run'])) {
      // `go run pkg args…`: only the first operand is a package; the rest are the program's arguments.
      const packages: Word[] = inv.sub.value === 'run' ? inv.operands.slice(0, 1) : inv.operands;
      const fromModule = inv.sub.value !== 'get' && moduleVisible(df, inv.cmd.script);
      const isPinned = (spec: string): boolean => isPinnedGo(spec) || META_PACKAGES.has(spec) || (fromModule && !spec.includes('@'));
      reportUnpinned(context, inv.cmd, packages, isPinned, (spec) => `go ${inv.sub.value} ${spec.replace(/@[^@/]*$/, '')}@<version>`, { one: 'code', many: 'code' });
    }
  },
);
