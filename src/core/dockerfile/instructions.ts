/**
 * What the BuildKit frontend accepts per instruction: keywords, flags and their value kinds,
 * and the small value grammars it validates (durations, ports, signals).
 */

export const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** `array` flags may repeat; `bool` flags may be bare or `=true|false`. */
export type FlagKind = 'string' | 'bool' | 'array' | 'duration' | 'int';

export const FLAGS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  FROM: { platform: 'string' },
  RUN: { mount: 'array', network: 'string', security: 'string', device: 'array' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'array' },
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', exclude: 'array', unpack: 'bool' },
  HEALTHCHECK: { interval: 'duration', timeout: 'duration', 'start-period': 'duration', 'start-interval': 'duration', retries: 'int' },
};

/** Instructions whose arguments may be a JSON array (exec form). */
export const EXEC_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'ADD', 'COPY', 'VOLUME']);

/** Instructions whose arguments the frontend splits into quote-aware words (`KEY="a b"` is one word). */
export const QUOTED_WORDS = new Set(['ENV', 'LABEL', 'ARG']);

/** Instructions whose whole argument text is one value (spaces included). */
export const SINGLE_VALUE = new Set(['USER', 'WORKDIR', 'STOPSIGNAL', 'MAINTAINER']);

/** Instructions the frontend expands variables in (shell-form RUN/CMD/ENTRYPOINT are left to the shell). */
export const EXPANDS_VARIABLES = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** What the parser needs to know about a keyword, found with one lookup per instruction. */
export interface KeywordInfo {
  /** Upper-case keyword. */
  keyword: string;
  execCapable: boolean;
  quotedWords: boolean;
  singleValue: boolean;
  expandsVariables: boolean;
}

/**
 * Keyword infos by length and first letter (`length * 32 + (code & 31)`), with their lower-case
 * spelling, for `keywordAt`: only ADD and ARG share a slot, so a lookup names one or two
 * candidates to compare. Trying every keyword of the length in turn was about 2% of a parse.
 */
const BY_LENGTH_AND_LETTER: { info: KeywordInfo; lower: string }[][] = [];
/** Keyword infos by upper-case spelling, for the rare keyword written with non-ASCII letters. */
const BY_NAME = new Map<string, KeywordInfo>();
for (const keyword of KEYWORDS) {
  const info: KeywordInfo = {
    keyword,
    execCapable: EXEC_CAPABLE.has(keyword),
    quotedWords: QUOTED_WORDS.has(keyword),
    singleValue: SINGLE_VALUE.has(keyword),
    expandsVariables: EXPANDS_VARIABLES.has(keyword),
  };
  (BY_LENGTH_AND_LETTER[keyword.length * 32 + (keyword.charCodeAt(0) & 31)] ??= []).push({ info, lower: keyword.toLowerCase() });
  BY_NAME.set(keyword, info);
}

/**
 * The instruction keyword written in text[start, end) in any case, or undefined when it is not
 * one. Compares character codes in place: slicing the keyword and hashing it for a Map lookup
 * was about a tenth of the time of a short RUN line.
 */
export function keywordAt(text: string, start: number, end: number): KeywordInfo | undefined {
  const candidates = BY_LENGTH_AND_LETTER[(end - start) * 32 + (text.charCodeAt(start) & 31)];
  if (candidates) {
    for (let k = 0; k < candidates.length; k++) {
      const lower = candidates[k].lower;
      let j = 0;
      // `| 32` lower-cases an ASCII letter; no other character lands on a lower-case letter.
      while (j < lower.length && (text.charCodeAt(start + j) | 32) === lower.charCodeAt(j)) j++;
      if (j === lower.length) return candidates[k].info;
    }
  }
  // Some non-ASCII letters upper-case to ASCII ones (ſ to S), as the frontend's upper-casing does too.
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) > 127) return BY_NAME.get(text.slice(start, end).toUpperCase());
  }
  return undefined;
}

export const NETWORK_MODES = ['default', 'none', 'host'];
export const SECURITY_MODES = ['insecure', 'sandbox'];

const DURATION = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/;

/** Problem with a Go duration as HEALTHCHECK takes it, or undefined when valid. */
export function durationProblem(value: string): string | undefined {
  if (value === '0') return undefined;
  if (/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) return `"${value}" has no unit; write it as ${value}s, ${value}m or ${value}ms`;
  if (!DURATION.test(value)) return `"${value}" is not a duration; use forms such as 30s, 1m30s or 500ms`;
  const ms = durationMs(value);
  if (ms > 0 && ms < 1) return `"${value}" is shorter than the 1ms minimum (0 means the default)`;
  return undefined;
}

function durationMs(value: string): number {
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  let total = 0;
  for (const m of value.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += parseFloat(m[1]) * unit[m[2]];
  return total;
}

/** Go's strconv.ParseBool, which the frontend uses for boolean flags. */
export function isBool(value: string): boolean {
  return ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value);
}

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export interface PortProblem {
  message: string;
  /** A well-formed port or range above 65535: hadolint's DL3011 names the same problem. */
  outOfRange: boolean;
}

const problem = (message: string, outOfRange = false): PortProblem => ({ message, outOfRange });

/** Problem with one EXPOSE word (`80`, `80/tcp`, `8000-8010/udp`), or undefined when valid. */
export function portProblem(word: string): PortProblem | undefined {
  const slash = word.indexOf('/');
  const port = slash < 0 ? word : word.slice(0, slash);
  const proto = slash < 0 ? '' : word.slice(slash + 1);
  if (slash >= 0 && !PROTOCOLS.has(proto.toLowerCase())) return problem(`"${proto}" is not a protocol; use tcp, udp or sctp`);
  // `ip:host:container` mappings belong to `docker run -p`; only the container port counts here.
  const container = port.includes(':') ? port.slice(port.lastIndexOf(':') + 1) : port;
  const m = /^(\d+)(?:-(\d+))?$/.exec(container);
  if (!m) return problem(`"${port}" is not a port number or range`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535) return problem(`${port} is out of range; ports go from 1 to 65535`, true);
  if (hi < lo) return problem(`the range ${port} ends before it starts`);
  return undefined;
}

/** Signal names Docker accepts for STOPSIGNAL (with or without the SIG prefix) on Linux. */
const SIGNALS = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL',
  'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'UNUSED', 'URG',
  'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ',
]);

export function signalProblem(value: string): string | undefined {
  if (/^\d+$/.test(value)) return Number(value) > 0 && Number(value) <= 64 ? undefined : `${value} is not a signal number (1-64)`;
  const upper = value.toUpperCase();
  const name = upper.startsWith('SIG') ? upper.slice(3) : upper;
  if (SIGNALS.has(name)) return undefined;
  if (/^RTM(?:IN|AX)(?:[+-]\d+)?$/.test(name)) return undefined;
  return `"${value}" is not a signal; use a name such as SIGTERM, SIGINT or SIGQUIT, or a number`;
}
