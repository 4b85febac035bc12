/** Keyword casing shared by ConsistentInstructionCasing and FromAsCasing: the file's majority casing. */
import type { Dockerfile, Instruction } from '../model';

export type Casing = 'lower' | 'upper';

/** `lower` or `upper` for a self-consistent word, undefined for mixed case such as `Run`. */
export function casingOf(word: string): Casing | undefined {
  if (word === word.toLowerCase()) return 'lower';
  if (word === word.toUpperCase()) return 'upper';
  return undefined;
}

export function applyCasing(word: string, casing: Casing): string {
  return casing === 'lower' ? word.toLowerCase() : word.toUpperCase();
}

export interface FileCasing {
  casing: Casing;
  /** Instructions whose keyword is not written in that casing. */
  offenders: Instruction[];
}

const cache = new WeakMap<Dockerfile, FileCasing>();

/**
 * The casing most instruction keywords use. Mixed-case keywords do not vote; a tie goes to
 * uppercase, the documented convention.
 */
export function majorityCasing(model: Dockerfile): FileCasing {
  const hit = cache.get(model);
  if (hit) return hit;
  let lower = 0;
  let upper = 0;
  const casings: (Casing | undefined)[] = [];
  // A keyword with no letters (a stray `;` read as an instruction) has no casing to vote with or to fix.
  const cased = model.instructions.filter((ins) => ins.keywordToken.text.toLowerCase() !== ins.keywordToken.text.toUpperCase());
  for (const ins of cased) {
    const casing = casingOf(ins.keywordToken.text);
    casings.push(casing);
    if (casing === 'lower') lower++;
    else if (casing === 'upper') upper++;
  }
  const casing: Casing = lower > upper ? 'lower' : 'upper';
  const offenders = cased.filter((_, i) => casings[i] !== casing);
  const result = { casing, offenders };
  cache.set(model, result);
  return result;
}
