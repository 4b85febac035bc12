/** File names that ADD unpacks and that COPY copies as they are. */
const ARCHIVE_EXTENSIONS = ['.tar', '.gz', '.tgz', '.bz2', '.xz', '.z', '.lz', '.lzma', '.tz', '.tb2', '.tbz', '.tbz2', '.tlz', '.tpz', '.txz', '.zst', '.tzst'];

export function isArchiveName(path: string): boolean {
  const lower = path.toLowerCase();
  return ARCHIVE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isRemoteSource(source: string): boolean {
  return /^(https?|git|ssh):\/\//i.test(source) || /^git@[^:]+:/.test(source);
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
