import { defineRule } from '../../rule';
import type { Dockerfile, Word } from '../model';
import { GO, invocations } from './packageManagers';
import { code, reportUnpinned } from './shellReports';

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
    for (const inv of invocations(context.model, ['go'], GO, ['install', 'get', 'run'])) {
      // `go run pkg args…`: only the first operand is a package; the rest are the program's arguments.
      const packages: Word[] = inv.sub.value === 'run' ? inv.operands.slice(0, 1) : inv.operands;
      reportUnpinned(context, inv.cmd, packages, isPinnedGo, (spec) => `Pin the version of ${code(spec)} (go ${inv.sub.value} ${spec.replace(/@[^@/]*$/, '')}@<version>) so rebuilds get the same code.`);
    }
  },
);
