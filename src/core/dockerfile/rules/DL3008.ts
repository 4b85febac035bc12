import { defineRule } from '../../rule';
import type { Dockerfile } from '../model';
import { aptGetInstalls } from './aptGet';
import { reportUnpinned } from './shellReports';

/** `pkg=1.2.3`, `pkg=1.2.*`, `pkg/bookworm-backports` and local `.deb` files say which build they get. */
export function isPinnedDeb(spec: string): boolean {
  return spec.includes('=') || spec.includes('/') || spec.endsWith('.deb');
}

/** How the finding shows a pinned package. */
function pinnedForm(spec: string): string {
  return `apt-get install ${spec}=<version>`;
}

export default defineRule<Dockerfile>(
  {
    id: 'DL3008',
    title: 'Pin versions in apt-get install',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: false,
    summary: 'Flags `apt-get install` packages without a version (`pkg=<version>`): unpinned packages make two builds of the same Dockerfile produce different images.',
  },
  (context) => {
    for (const inv of aptGetInstalls(context.model)) {
      reportUnpinned(context, inv.cmd, inv.operands, isPinnedDeb, pinnedForm);
    }
  },
);
