/**
 * Path arithmetic on plain strings, so the core runs in a browser worker as well as in Node.
 * Accepts POSIX paths (`/a/b`), Windows paths (`C:\a\b`, `\\server\share\a`) and relative ones;
 * results keep the separator style of their input.
 */

function separatorOf(path: string): '/' | '\\' {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

function isSeparator(c: string): boolean {
  return c === '/' || c === '\\';
}

/** Length of the part that is never removed by going up: `/`, `C:\`, `\\server\share\`, or nothing. */
function rootLength(path: string): number {
  if (/^[A-Za-z]:[\\/]/.test(path)) return 3;
  if (/^[A-Za-z]:$/.test(path)) return 2;
  if (/^[\\/]{2}[^\\/]/.test(path)) {
    // UNC: \\server\share\ is the root.
    const parts = path.slice(2).split(/[\\/]/);
    return Math.min(path.length, 2 + parts[0].length + 1 + (parts[1] ?? '').length + 1);
  }
  return isSeparator(path[0] ?? '') ? 1 : 0;
}

export function isAbsolutePath(path: string): boolean {
  return rootLength(path) > 0;
}

/** The folder holding `path`: `/a/b` → `/a`, `/a` → `/`, `b` → `` (the current folder). */
export function dirname(path: string): string {
  const root = rootLength(path);
  let end = path.length;
  while (end > root && isSeparator(path[end - 1])) end--;
  while (end > root && !isSeparator(path[end - 1])) end--;
  while (end > root && isSeparator(path[end - 1])) end--;
  return path.slice(0, Math.max(end, root));
}

export function basename(path: string): string {
  let end = path.length;
  while (end > 0 && isSeparator(path[end - 1])) end--;
  let start = end;
  while (start > 0 && !isSeparator(path[start - 1])) start--;
  return path.slice(start, end);
}

/** Joins and normalizes (`.` and `..` resolved where possible); an absolute later part wins. */
export function joinPath(...parts: string[]): string {
  let base = '';
  for (const part of parts) {
    if (!part) continue;
    if (isAbsolutePath(part) || !base) base = part;
    else base = base.replace(/[\\/]+$/, '') + separatorOf(base) + part;
  }
  return normalizePath(base);
}

/** Resolves `.` and `..` segments and collapses repeated separators; keeps the root. */
export function normalizePath(path: string): string {
  const sep = separatorOf(path);
  const root = path.slice(0, rootLength(path));
  const segments: string[] = [];
  for (const segment of path.slice(root.length).split(/[\\/]+/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (segment !== '..' || !root) segments.push(segment);
  }
  const body = segments.join(sep);
  if (!root) return body;
  return root.replace(/[\\/]/g, sep) + body;
}

/** Key for comparing two folder paths: one separator style, no trailing separator, Windows drive case-folded. */
export function pathKey(path: string): string {
  const normalized = normalizePath(path).replace(/\\/g, '/');
  return /^[A-Za-z]:/.test(normalized) ? normalized.toLowerCase() : normalized.replace(/(.)\/$/, '$1');
}
