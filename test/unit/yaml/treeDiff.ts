/**
 * Compares the fast reader's document with yaml.parseDocument's, node by node: class, every own
 * property (range triples, type, source, value, anchor, format, flow, …) except the comment fields
 * the fast reader does not keep. Returns the differences as readable paths.
 */
import { isDocument, type Document } from 'yaml';

const NOT_KEPT = new Set(['comment', 'commentBefore', 'spaceBefore']);

export function treeDifferences(fast: Document, slow: Document): string[] {
  const out: string[] = [];
  if (!isDocument(fast) || !isDocument(slow)) return ['not a document'];
  if (slow.errors.length > 0 || slow.warnings.length > 0) out.push(`yaml reports problems: ${[...slow.errors, ...slow.warnings].map((e) => e.code).join(', ')}`);
  compare(fast.range, slow.range, '$.range', out);
  compare(fast.directives?.docStart, slow.directives?.docStart, '$.directives.docStart', out);
  compare(fast.contents, slow.contents, '$.contents', out);
  return out;
}

function compare(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > 20) return;
  if (typeof a === 'symbol' && typeof b === 'symbol') {
    if (a.description !== b.description) out.push(`${path}: ${String(a)} vs ${String(b)}`);
    return;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (!Object.is(a, b)) out.push(`${path}: ${show(a)} vs ${show(b)}`);
    return;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      out.push(`${path}: ${show(a)} vs ${show(b)}`);
      return;
    }
    a.forEach((x, i) => compare(x, b[i], `${path}[${i}]`, out));
    return;
  }
  if (a.constructor !== b.constructor) {
    out.push(`${path}: ${a.constructor.name} vs ${b.constructor.name}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !NOT_KEPT.has(k)));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of keys) compare(ra[k], rb[k], `${path}.${k}`, out);
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? JSON.stringify(v) : String(v);
}
