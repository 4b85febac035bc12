/** `apt-get install` as the Debian/Ubuntu rules read it. */
import type { Dockerfile } from '../model';
import { APT_GET, invocations, type Invocation } from './packageManagers';
import type { ParsedArgs } from './shellUtil';
import { perModel } from './perModel';

// Constants, not literals in the call: those would be new arrays on every lint.
const APT_GET_NAMES = ['apt-get'];
const INSTALL = ['install'];

/** `apt-get install` runs that change the system; a simulation (`-s`) installs and asks nothing. Shared by DL3008, DL3014 and DL3015. */
export const aptGetInstalls: (df: Dockerfile) => readonly Invocation[] = perModel((df) =>
  invocations(df, APT_GET_NAMES, APT_GET, INSTALL).filter((inv) => !inv.args.has('s', 'simulate', 'just-print', 'dry-run', 'recon', 'no-act')),
);

/** True when one `-o Name=value` (or `--option=Name=value`) sets the apt config `name` to one of `values`. */
export function setsAptOption(args: ParsedArgs, name: string, values: readonly string[]): boolean {
  const prefix = name.toLowerCase() + '=';
  return [...args.values('o'), ...args.values('option')].some((v) => {
    const lower = v.toLowerCase();
    return lower.startsWith(prefix) && values.includes(lower.slice(prefix.length).replace(/^["']|["']$/g, ''));
  });
}
