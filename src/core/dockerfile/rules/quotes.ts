/** Offsets just inside a quoted word, so edits and ranges land on its content. */
import type { Word } from '../model';

function isQuoted(word: Word): boolean {
  const first = word.text[0];
  return word.text.length >= 2 && (first === '"' || first === "'") && word.text[word.text.length - 1] === first;
}

/** Offset of the word's first content character (after an opening quote). */
export function innerStart(word: Word): number {
  return isQuoted(word) ? word.start + 1 : word.start;
}

/** Offset just past the word's last content character (before a closing quote). */
export function innerEnd(word: Word): number {
  return isQuoted(word) ? word.end - 1 : word.end;
}
