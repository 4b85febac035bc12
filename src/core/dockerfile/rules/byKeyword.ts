/** Instructions grouped by keyword, built once per parse so each rule visits only its own instructions. */
import type { Dockerfile, Instruction } from '../model';

const cache = new WeakMap<Dockerfile, Map<string, Instruction[]>>();
const NONE: readonly Instruction[] = [];

/** Top-level instructions with this (upper-case) keyword, in file order. */
export function instructionsOf(model: Dockerfile, keyword: string): readonly Instruction[] {
  let index = cache.get(model);
  if (!index) {
    index = new Map();
    for (const instruction of model.instructions) {
      const list = index.get(instruction.keyword);
      if (list) list.push(instruction);
      else index.set(instruction.keyword, [instruction]);
    }
    cache.set(model, index);
  }
  return index.get(keyword) ?? NONE;
}
