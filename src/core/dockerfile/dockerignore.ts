/**
 * `.dockerignore` with Docker's semantics: one pattern per line, `#` comments (only at the very
 * start of a line), surrounding spaces trimmed, paths cleaned and made relative to the context.
 * `*` and `?` stay within one path segment, `**` spans any number of segments (also none),
 * `[a-z]` is a character class and `\` escapes. A pattern also excludes everything under a
 * folder it matches. Lines starting with `!` are exceptions that re-include what earlier lines
 * excluded; the last line that matches a path decides.
 */
export interface DockerignorePattern {
  /** The cleaned pattern, without `!`. */
  pattern: string;
  exception: boolean;
  /** 0-based line in the file. */
  line: number;
  regex: RegExp;
}

export interface DockerignoreMatch {
  /** The line that excluded the path. */
  pattern: DockerignorePattern;
}

export class Dockerignore {
  readonly patterns: DockerignorePattern[];
  readonly hasExceptions: boolean;

  constructor(text: string) {
    this.patterns = parsePatterns(text);
    this.hasExceptions = this.patterns.some((p) => p.exception);
  }

  /**
   * The pattern that leaves `path` (relative to the context, `/`-separated) out of the build
   * context, or undefined when the path is sent. Parent folders count: `node_modules` excludes
   * `node_modules/x/y`.
   */
  excludes(path: string): DockerignoreMatch | undefined {
    const file = cleanPath(path);
    const parents = parentPrefixes(file);
    let decided: DockerignorePattern | undefined;
    for (const p of this.patterns) {
      // An exception can only change an excluded path, an exclusion only an included one.
      if (p.exception !== (decided !== undefined)) continue;
      const hit = p.regex.test(file) || parents.some((dir) => p.regex.test(dir));
      if (hit) decided = p.exception ? undefined : p;
    }
    return decided ? { pattern: decided } : undefined;
  }

  /**
   * Whether some exception line could bring back a path below `folder`, so that copying the
   * folder still copies something even though the folder itself is excluded.
   */
  mayReincludeBelow(folder: string): boolean {
    const target = cleanPath(folder);
    const segments = target === '.' ? [] : target.split('/');
    return this.patterns.some((p) => p.exception && mayMatchBelow(p.pattern.split('/'), segments));
  }
}

function parsePatterns(text: string): DockerignorePattern[] {
  const out: DockerignorePattern[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, line) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (!pattern) return;
    const exception = pattern.startsWith('!');
    if (exception) pattern = pattern.slice(1).trim();
    if (!pattern) return;
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    out.push({ pattern, exception, line, regex: compile(pattern) });
  });
  return out;
}

/** Go's path cleaning: no `.` segments, `..` resolved, no repeated or trailing `/`; backslashes kept as escapes. */
export function cleanPath(path: string): string {
  const absolute = path.startsWith('/');
  const segments: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (s !== '..' || !absolute) segments.push(s);
  }
  const body = segments.join('/');
  if (absolute) return '/' + body;
  return body || '.';
}

function parentPrefixes(file: string): string[] {
  const parts = file.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/;

/** The pattern as an anchored regular expression over a `/`-separated path. */
function compile(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        // `**` at the end matches everything below; elsewhere any number of whole segments.
        re += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      re += escapeRegex(pattern[i]);
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += escapeRegex(c);
  }
  try {
    return new RegExp(re + '$');
  } catch {
    // A malformed class: Docker rejects the file; matching nothing keeps the check quiet.
    return /(?!)/;
  }
}

function escapeRegex(c: string): string {
  return REGEX_SPECIAL.test(c) ? '\\' + c : c;
}

/** Could a pattern with these segments match some path strictly below the folder `segments`? */
function mayMatchBelow(pattern: string[], segments: string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const p = pattern[i];
    if (p === undefined) return false;
    if (p.includes('**')) return true;
    if (!compile(p).test(segments[i])) return false;
  }
  return pattern.length > segments.length;
}
