/** File names that ADD unpacks and that COPY copies as they are. */
const ARCHIVE_EXTENSIONS = ['.tar', '.gz', '.tgz', '.bz2', '.xz', '.z', '.lz', '.lzma', '.tz', '.tb2', '.tbz', '.tbz2', '.tlz', '.tpz', '.txz', '.zst', '.tzst'];
const MAX_EXTENSION_LENGTH = Math.max(...ARCHIVE_EXTENSIONS.map((ext) => ext.length));

/**
 * Every extension is one dot and a few letters, so comparing what follows the last dot is the same
 * test as seventeen `endsWith` on the whole name lower-cased, without lower-casing every COPY source.
 */
export function isArchiveName(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && path.length - dot <= MAX_EXTENSION_LENGTH && ARCHIVE_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}

export function isRemoteSource(source: string): boolean {
  return /^(https?|git|ssh):\/\//i.test(source) || /^git@[^:]+:/.test(source);
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
