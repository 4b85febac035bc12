/** Keyword casing shared by ConsistentInstructionCasing and FromAsCasing: the file's majority casing. */
import type { Dockerfile } from '../model';

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

const cache = new WeakMap<Dockerfile, Casing>();

/**
 * The casing most instruction keywords use. Mixed-case keywords do not vote; a tie goes to
 * uppercase, the documented convention.
 */
export function majorityCasing(model: Dockerfile): Casing {
  const hit = cache.get(model);
  if (hit) return hit;
  let lower = 0;
  let upper = 0;
  for (const ins of model.instructions) {
    const casing = casingOf(ins.keywordToken.text);
    if (casing === 'lower') lower++;
    else if (casing === 'upper') upper++;
  }
  const majority: Casing = lower > upper ? 'lower' : 'upper';
  cache.set(model, majority);
  return majority;
}
