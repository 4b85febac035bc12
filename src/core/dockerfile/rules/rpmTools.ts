/** yum, dnf and microdnf as the Red Hat family rules read them. */
import type { Dockerfile } from '../model';
import { argsOf, invocations, isPinnedRpm, isRpmNonPackage, RPM_TOOL, type Invocation } from './packageManagers';
import { reportUnpinned, type Context } from './shellReports';
import type { Cmd } from './shellUtil';

export const DNF_TOOLS = ['dnf', 'microdnf', 'dnf5'];

/** Installs that may ask for confirmation: `install`, `groupinstall`, `localinstall`, and `group install`. */
export function interactiveInstalls(df: Dockerfile, tools: readonly string[]): Invocation[] {
  const out: Invocation[] = [];
  for (const inv of invocations(df, tools, RPM_TOOL, ['install', 'in', 'groupinstall', 'localinstall', 'group', 'groups', 'module'])) {
    if (inv.sub.value === 'group' || inv.sub.value === 'groups' || inv.sub.value === 'module') {
      const action = inv.operands[0];
      if (action?.value === 'install') out.push({ ...inv, sub: action, operands: inv.operands.slice(1) });
    } else out.push(inv);
  }
  return out;
}

export function answersYes(inv: Invocation): boolean {
  return inv.args.has('y', 'assumeyes');
}

/** A later `<tool> clean all` in the same RUN as `install`. */
export function cleansAllLater(install: Cmd, tools: readonly string[]): boolean {
  return install.script.commands.some((c) => {
    if (c.index <= install.index || !tools.includes(c.name)) return false;
    const positionals = argsOf(c, RPM_TOOL).positionals;
    return positionals[0]?.value === 'clean' && positionals.some((w) => w.value === 'all');
  });
}

/**
 * Version pinning for yum/dnf: `install` operands must carry `name-<version>`, `module install`
 * operands a `name:stream`. Groups, capabilities and file paths name no single package and pass.
 */
export function reportUnpinnedRpm(context: Context, tools: readonly string[]): void {
  for (const inv of invocations(context.model, tools, RPM_TOOL, ['install', 'in', 'module'])) {
    const isModule = inv.sub.value === 'module';
    if (isModule && inv.operands[0]?.value !== 'install') continue;
    const operands = isModule ? inv.operands.slice(1) : inv.operands;
    reportUnpinned(
      context,
      inv.cmd,
      operands,
      (spec) => isRpmNonPackage(spec) || (isModule ? spec.includes(':') : isPinnedRpm(spec)),
      (spec) => (isModule ? `${inv.cmd.name} module install ${spec}:<stream>` : `${inv.cmd.name} install ${spec}-<version>`),
    );
  }
}
