/** Top-level instructions grouped by keyword, built once per parse, so a rule about EXPOSE does not walk every RUN. */
import type { Dockerfile, Instruction } from '../model';
import { KEYWORDS } from '../instructions';
import { perModel } from './perModel';

const NONE: readonly Instruction[] = [];

/**
 * A slot per Dockerfile keyword, found from the keyword's length and first two letters: the index of a
 * model is then an array of lists. A Map per model took a lookup and an insert into a growing table for
 * each instruction (1.6% of a corpus lint in a profile), and even a settled Map's lookup cost as much as
 * the rest of the index build; no two keywords share a (length, letter, letter) cell.
 */
const KEYWORD_LIST = [...KEYWORDS];
const SLOT_BY_SHAPE = new Int8Array(16 << 10).fill(-1);

function shapeOf(keyword: string): number {
  return ((keyword.length & 15) << 10) | ((keyword.charCodeAt(0) & 31) << 5) | (keyword.charCodeAt(1) & 31);
}

for (let slot = 0; slot < KEYWORD_LIST.length; slot++) SLOT_BY_SHAPE[shapeOf(KEYWORD_LIST[slot])] = slot;

/** The keyword's slot, or -1 for a word that is no keyword (a typo such as `RUNN`). */
function slotOf(keyword: string): number {
  const slot = SLOT_BY_SHAPE[shapeOf(keyword)];
  return slot >= 0 && KEYWORD_LIST[slot] === keyword ? slot : -1;
}

interface Index {
  /** Instructions by keyword slot; a hole where the file has none. */
  known: Instruction[][];
  /** Unknown keywords (a typo such as `RUNN`), only made when the file has one. */
  unknown: Map<string, Instruction[]> | undefined;
}

const indexOf = perModel((model): Index => {
  const known = new Array<Instruction[]>(KEYWORD_LIST.length);
  let unknown: Map<string, Instruction[]> | undefined;
  for (const ins of model.instructions) {
    const slot = slotOf(ins.keyword);
    const list = slot < 0 ? unknown?.get(ins.keyword) : known[slot];
    if (list) list.push(ins);
    else if (slot >= 0) known[slot] = [ins];
    else (unknown ??= new Map()).set(ins.keyword, [ins]);
  }
  return { known, unknown };
});

/** Top-level instructions with this (upper-case) keyword, in file order. */
export function instructionsOf(model: Dockerfile, keyword: string): readonly Instruction[] {
  const index = indexOf(model);
  const slot = slotOf(keyword);
  return (slot < 0 ? index.unknown?.get(keyword) : index.known[slot]) ?? NONE;
}

/** Whether the instruction's text holds a `$`, the precondition for any variable reference. */
export function mentionsVariable(model: Dockerfile, ins: Instruction): boolean {
  const at = model.text.indexOf('$', ins.start);
  return at >= 0 && at < ins.end;
}
