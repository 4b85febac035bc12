/**
 * The shape of one static explanation and how a hover prints it: a plain sentence first, then
 * the details, then a link to the reference. Texts are Infra Coach's own words; facts come from
 * the Dockerfile reference and the concept chapters in the seeds.
 */

export const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

export interface Doc {
  /** One plain sentence saying what the thing does. */
  summary: string;
  /** Further paragraphs or bullet lists (static Markdown). */
  details?: readonly string[];
  /** The idea behind it, tied to the concepts people learn (image, layer, container, volume...). */
  concept?: string;
  /** Where to read more. */
  link: string;
  /** Link text; defaults to "Dockerfile reference". */
  linkTitle?: string;
}

/** A link into the Dockerfile reference. */
export function ref(anchor: string): string {
  return REFERENCE + '#' + anchor;
}

/** Prints a doc, with optional file-specific paragraphs (already escaped) after the static details. */
export function renderDoc(doc: Doc, extra: readonly string[] = []): string {
  const parts = [doc.summary, ...(doc.details ?? []), ...extra];
  if (doc.concept) parts.push(`*Concept:* ${doc.concept}`);
  parts.push(`[${doc.linkTitle ?? 'Dockerfile reference'}](${doc.link})`);
  return parts.join('\n\n');
}

/** A table entry by a key taken from the user's file (never an inherited property such as `constructor`). */
export function entry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
