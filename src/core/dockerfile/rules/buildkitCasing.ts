/** Keyword casing shared by ConsistentInstructionCasing and FromAsCasing: the file's majority casing. */
import type { Dockerfile, Instruction } from '../model';
import { perModel } from './perModel';

export type Casing = 'lower' | 'upper';

/** `lower` or `upper` for a self-consistent word, undefined for mixed case such as `Run`. */
export function casingOf(word: string): Casing | undefined {
  const letters = asciiLetters(word);
  if (letters !== undefined) return letters & UPPER ? (letters & LOWER ? undefined : 'upper') : 'lower';
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return undefined;
}

const LOWER = 1;
const UPPER = 2;

/**
 * Which letter cases an ASCII word holds (LOWER | UPPER bits); undefined for non-ASCII text, whose
 * case rules need toLowerCase/toUpperCase. Keywords are nearly always ASCII, and this scan spares
 * the two strings per instruction that comparing against both conversions allocates.
 */
function asciiLetters(word: string): number | undefined {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) bits |= LOWER;
    else if (c >= 65 && c <= 90) bits |= UPPER;
    else if (c > 127) return undefined;
  }
  return bits;
}

/** Whether the word has a letter with case at all (a stray `;` read as an instruction has none). */
function hasCasedLetter(word: string): boolean {
  const letters = asciiLetters(word);
  return letters === undefined ? word.toLowerCase() !== word.toUpperCase() : letters !== 0;
}

export function applyCasing(word: string, casing: Casing): string {
  return casing === 'lower' ? word.toLowerCase() : word.toUpperCase();
}

export interface FileCasing {
  casing: Casing;
  /** Instructions whose keyword is not written in that casing. */
  offenders: Instruction[];
}

/**
 * The casing most instruction keywords use. Mixed-case keywords do not vote; a tie goes to
 * uppercase, the documented convention.
 */
export const majorityCasing: (model: Dockerfile) => FileCasing = perModel((model) => {
  let lower = 0;
  let upper = 0;
  // A keyword with no letters (a stray `;` read as an instruction) has no casing to vote with or to fix.
  for (const ins of model.instructions) {
    const text = ins.keywordToken.text;
    if (!hasCasedLetter(text)) continue;
    const casing = casingOf(text);
    if (casing === 'lower') lower++;
    else if (casing === 'upper') upper++;
  }
  const casing: Casing = lower > upper ? 'lower' : 'upper';
  // A second pass instead of remembering each vote: offenders are rare, so usually nothing is allocated.
  let offenders: Instruction[] | undefined;
  for (const ins of model.instructions) {
    const text = ins.keywordToken.text;
    if (hasCasedLetter(text) && casingOf(text) !== casing) (offenders ??= []).push(ins);
  }
  return { casing, offenders: offenders ?? [] };
});
