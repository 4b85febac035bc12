import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { apkAdds } from './packageManagers';
import { reportUnpinned } from './shellReports';

/**
 * `pkg=1.2.3-r0`, `pkg~1.2`, `pkg>1.2`, `pkg<2` and local `.apk` files are pinned. A `!pkg`
 * operand forbids a package rather than installing one, so there is nothing to pin.
 */
export function isPinnedApk(spec: string): boolean {
  return /[=~<>]/.test(spec) || spec.endsWith('.apk') || spec.startsWith('!');
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3018',
    title: 'Pin versions in apk add',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `apk add` packages without a version (`pkg=<version>` or `pkg~<major.minor>`): unpinned packages make rebuilds produce different images.',
  },
  (context) => {
    for (const inv of apkAdds(context.model)) {
      reportUnpinned(context, inv.cmd, inv.operands, isPinnedApk, (spec) => `apk add ${spec}=<version>, or ${spec}~<major.minor> to follow patch releases`);
    }
  },
);
