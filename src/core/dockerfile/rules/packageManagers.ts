/**
 * How each package manager's command line is read: which options take a value (so a value is never
 * mistaken for a package), which subcommand installs, and what a pinned package looks like.
 */
import type { Dockerfile, Word } from '../model';
import { perModel } from './perModel';
import { commandsMatching, commandsNamed, parseArgs, type Cmd, type CommandFilter, type OptionSpec, type ParsedArgs } from './shellUtil';

export const APT_GET: OptionSpec = {
  shortValued: 'octa',
  longValued: ['option', 'config-file', 'target-release', 'default-release', 'host-architecture'],
};

export const APK: OptionSpec = {
  shortValued: 'tXp',
  longValued: ['virtual', 'repository', 'repositories-file', 'root', 'arch', 'cache-dir', 'keys-dir', 'cache-max-age', 'timeout'],
};

/** yum, dnf and microdnf share their option vocabulary. */
export const RPM_TOOL: OptionSpec = {
  shortValued: 'cdexR',
  longValued: [
    'config', 'installroot', 'enablerepo', 'disablerepo', 'exclude', 'releasever', 'setopt', 'debuglevel', 'errorlevel',
    'rpmverbosity', 'randomwait', 'downloaddir', 'destdir', 'color', 'disableplugin', 'enableplugin', 'repo', 'repoid',
    'forcearch', 'advisory', 'advisories', 'bz', 'bzs', 'cve', 'cves', 'sec-severity', 'secseverity', 'comment', 'repofrompath',
  ],
};

export const ZYPPER: OptionSpec = {
  shortValued: 'cDCRtrp',
  longValued: [
    'config', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir', 'root', 'installroot', 'type', 'repo',
    'from', 'plus-repo', 'plus-content', 'download',
  ],
};

export const PIP: OptionSpec = {
  shortValued: 'iftercC',
  longValued: [
    'index-url', 'extra-index-url', 'find-links', 'target', 'prefix', 'root', 'python', 'editable', 'requirement', 'constraint',
    'root-user-action', 'platform', 'python-version', 'implementation', 'abi', 'upgrade-strategy', 'progress-bar', 'src',
    'cache-dir', 'log', 'proxy', 'retries', 'timeout', 'exists-action', 'trusted-host', 'cert', 'client-cert', 'global-option',
    'install-option', 'config-settings', 'only-binary', 'no-binary', 'report', 'use-feature', 'use-deprecated', 'keyring-provider',
    'build-constraint', 'group', 'pip-args', 'suffix', 'index-strategy',
  ],
};

export const NPM: OptionSpec = {
  shortValued: 'wC',
  longValued: [
    'loglevel', 'registry', 'prefix', 'cache', 'userconfig', 'globalconfig', 'tag', 'workspace', 'omit', 'include', 'install-strategy',
    'save-prefix', 'otp', 'access', 'auth-type', 'before', 'cpu', 'os', 'libc', 'script-shell',
  ],
};

export const GEM: OptionSpec = {
  shortValued: 'vinspgP',
  longValued: ['version', 'install-dir', 'bindir', 'source', 'http-proxy', 'platform', 'file', 'build-root', 'trust-policy', 'target-rbconfig'],
};

/** Go's flags are all single-dash words; these take the next word as their value. */
export const GO: OptionSpec = {
  singleDashLong: () => true,
  longValued: [
    'o', 'p', 'C', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'tags', 'mod', 'modfile', 'pkgdir', 'buildmode', 'compiler',
    'installsuffix', 'overlay', 'pgo', 'toolexec', 'exec', 'covermode', 'coverpkg',
  ],
};

export const WGET: OptionSpec = {
  shortValued: 'OoaetTwPUiBlARDIXQ',
  singleDashLong: (w) => /^-n[a-zA-Z]$/.test(w),
  longValued: [
    'output-document', 'output-file', 'append-output', 'execute', 'tries', 'timeout', 'wait', 'directory-prefix', 'user-agent',
    'input-file', 'base', 'level', 'accept', 'reject', 'domains', 'header', 'user', 'password', 'post-data', 'quota', 'limit-rate',
    'ca-certificate', 'certificate', 'private-key', 'referer', 'load-cookies', 'save-cookies', 'method', 'body-data',
    'dns-timeout', 'connect-timeout', 'read-timeout', 'waitretry', 'http-user', 'http-password', 'proxy-user', 'proxy-password',
  ],
};

export const USERADD: OptionSpec = {
  shortValued: 'bcdefgGkKpRPsuZ',
  longValued: ['base-dir', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key', 'password', 'root', 'prefix', 'shell', 'uid', 'selinux-user', 'selinux-range'],
};

/**
 * A command's arguments read with a tool's option vocabulary, cached on the command: several rules read
 * the same command, almost always with one vocabulary. A field, not a WeakMap keyed by commands: a
 * long-lived WeakMap holding young keys kept them alive through young-generation GCs.
 */
export function argsOf(cmd: Cmd, spec: OptionSpec): ParsedArgs {
  if (cmd.parsedWith !== spec || !cmd.parsed) {
    cmd.parsed = parseArgs(cmd.command.args, spec);
    cmd.parsedWith = spec;
  }
  return cmd.parsed;
}

export interface Invocation {
  cmd: Cmd;
  args: ParsedArgs;
  /** The subcommand word, e.g. `install`. */
  sub: Word;
  /** Positional arguments after the subcommand: packages, mostly. */
  operands: Word[];
}

/** Most Dockerfiles use one package manager or none: the lookups for the others share this (never modified) result. */
const NO_INVOCATIONS: readonly Invocation[] = [];

/** Adds `cmd` to `out` when its first positional argument (the subcommand) is one of `subcommands`. */
function addInvocation(out: Invocation[], cmd: Cmd, args: ParsedArgs, subcommands: readonly string[]): void {
  const sub = args.positionals[0];
  if (sub && subcommands.includes(sub.value)) out.push({ cmd, args, sub, operands: args.positionals.slice(1) });
}

/** Commands named `names` whose first positional argument (the subcommand) is one of `subcommands`. */
export function invocations(df: Dockerfile, names: readonly string[], spec: OptionSpec, subcommands: readonly string[], filter?: CommandFilter): readonly Invocation[] {
  const cmds = commandsNamed(df, names, filter);
  if (cmds.length === 0) return NO_INVOCATIONS;
  const out: Invocation[] = [];
  for (const cmd of cmds) addInvocation(out, cmd, argsOf(cmd, spec), subcommands);
  return out;
}

// The names and subcommands below are constants, not literals in the calls: those would be new arrays on every lint.
const APK_NAMES = ['apk'];
const APK_ADD = ['add'];
const ZYPPER_NAMES = ['zypper'];
const ZYPPER_INSTALL = ['install', 'in'];

/** `apk add` runs, read by DL3018 and DL3019. */
export const apkAdds: (df: Dockerfile) => readonly Invocation[] = perModel((df) => invocations(df, APK_NAMES, APK, APK_ADD));

/** `zypper install` runs, read by DL3036 and DL3037. */
export const zypperInstalls: (df: Dockerfile) => readonly Invocation[] = perModel((df) => invocations(df, ZYPPER_NAMES, ZYPPER, ZYPPER_INSTALL));

export const PIP_COMMAND = /^pip(\d+(\.\d+)*)?$/;
export const PYTHON_COMMAND = /^python(\d+(\.\d+)*)?$/;

const PIP_INSTALL = ['install'];
const PIPX_NAMES = ['pipx'];

/**
 * `pip install` runs, direct (`pip3 install`) or through the interpreter (`python3 -m pip install`),
 * with their arguments after `pip`, in file order. `pipx install` is included (it pins the same
 * way, so DL3013 reads it) and DL3042 leaves it out (pipx has no download cache to disable).
 * Computed once per model for both rules.
 */
export const pipInstalls: (df: Dockerfile) => readonly Invocation[] = perModel((df) => {
  const out: Invocation[] = [];
  for (const cmd of commandsMatching(df, 'pip', PIP_COMMAND)) addInvocation(out, cmd, argsOf(cmd, PIP), PIP_INSTALL);
  for (const cmd of commandsNamed(df, PIPX_NAMES)) addInvocation(out, cmd, argsOf(cmd, PIP), PIP_INSTALL);
  for (const cmd of commandsMatching(df, 'python', PYTHON_COMMAND)) {
    const all = cmd.command.args;
    const m = all.findIndex((w, i) => w.value === '-mpip' || (w.value === '-m' && all[i + 1]?.value === 'pip'));
    if (m < 0) continue;
    addInvocation(out, cmd, parseArgs(all.slice(all[m].value === '-m' ? m + 2 : m + 1), PIP), PIP_INSTALL);
  }
  // Each of the three lists is in file order; together they need sorting only when there are two or more.
  if (out.length > 1) out.sort((a, b) => a.cmd.command.nameWord.start - b.cmd.command.nameWord.start);
  return out;
});

/**
 * An RPM package spec (yum/dnf) counts as pinned when it is a `.rpm` file, or when what follows the
 * name's first `-` is made of version-like segments, one of them starting with a digit
 * (`nginx-1.24.0`, `nginx-1:1.24.0-1.el9`, `nginx-1.24*`).
 */
export function isPinnedRpm(spec: string): boolean {
  if (/\.rpm$/i.test(spec)) return true;
  const dash = spec.indexOf('-');
  if (dash < 0) return false;
  const parts = spec.slice(dash + 1).split('-');
  return parts.every((p) => /^[A-Za-z0-9.~^_:+*]+$/.test(p)) && parts.some((p) => /^[0-9]/.test(p));
}

/** Group (`@core`), capability (`pkgconfig(x)`) and file (`/usr/bin/x`) specs name no single package to pin. */
export function isRpmNonPackage(spec: string): boolean {
  return spec.startsWith('@') || spec.includes('(') || spec.startsWith('/') || /^[a-z]+:\/\//i.test(spec);
}

export const YARN: OptionSpec = {
  longValued: ['cwd', 'modules-folder', 'cache-folder', 'global-folder', 'link-folder', 'network-timeout', 'mutex', 'registry', 'network-concurrency', 'child-concurrency'],
};
