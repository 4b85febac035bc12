/** Program names and options the RUN analysis recognises: shells, wrappers, `-o pipefail`. */

export const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);

/** The name after the last `/` or `\\`. A backward char loop: names are short, and two indexOf calls cost more. */
export function basename(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const c = path.charCodeAt(i);
    if (c === 47 || c === 92) return path.slice(i + 1);
  }
  return path;
}

export function isShellName(name: string): boolean {
  return SHELLS.has(basename(name));
}

/** Whether shell options (`-o pipefail`, `-euo pipefail`) switch pipefail on. */
export function optionsSetPipefail(args: readonly string[], from = 0): boolean | undefined {
  let result: boolean | undefined;
  for (let i = from; i < args.length - 1; i++) {
    const a = args[i];
    if (args[i + 1] !== 'pipefail') continue;
    if (/^-[a-zA-Z]*o$/.test(a)) result = true;
    else if (/^\+[a-zA-Z]*o$/.test(a)) result = false;
  }
  return result;
}

export const WRAPPERS = new Set(['sudo', 'env', 'exec', 'nohup', 'command', 'builtin', 'time', 'nice', 'timeout', 'gosu', 'su-exec', 'eatmydata', 'doas', 'xargs']);
export const SUDO_VALUE_OPTIONS = new Set(['-u', '-g', '-p', '-C', '-D', '-h', '-r', '-t', '-U', '-T']);

/** What the parser does with a program besides recording it: one Map lookup answers all three questions. */
export const WRAPPER = 1;
export const SHELL = 2;
export const SET = 3;
const PROGRAM_KINDS = new Map<string, number>([...[...WRAPPERS].map((w): [string, number] => [w, WRAPPER]), ...[...SHELLS].map((s): [string, number] => [s, SHELL]), ['set', SET]]);

/**
 * (length, first character) and (length, last character) pairs of those names: most programs
 * (`apt-get`, `rm`, `echo`, `sed`) fail one of the two tests and skip hashing for the Map.
 */
const KIND_FIRST = new Uint8Array(16 * 128);
const KIND_LAST = new Uint8Array(16 * 128);
for (const name of PROGRAM_KINDS.keys()) {
  KIND_FIRST[name.length * 128 + name.charCodeAt(0)] = 1;
  KIND_LAST[name.length * 128 + name.charCodeAt(name.length - 1)] = 1;
}

/** WRAPPER, SHELL or SET for those programs (by base name), 0 for any other. */
export function programKind(name: string): number {
  const n = name.length;
  if (n === 0 || n >= 16) return 0;
  const first = name.charCodeAt(0);
  const last = name.charCodeAt(n - 1);
  if (first >= 128 || last >= 128 || KIND_FIRST[n * 128 + first] === 0 || KIND_LAST[n * 128 + last] === 0) return 0;
  return PROGRAM_KINDS.get(name) ?? 0;
}
