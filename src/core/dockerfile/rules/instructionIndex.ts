/** Top-level instructions grouped by keyword, built once per parse, so a rule about EXPOSE does not walk every RUN. */
import type { Dockerfile, Instruction } from '../model';
import { perModel } from './perModel';

const NONE: readonly Instruction[] = [];

const indexOf = perModel((model) => {
  const index = new Map<string, Instruction[]>();
  for (const ins of model.instructions) {
    const list = index.get(ins.keyword);
    if (list) list.push(ins);
    else index.set(ins.keyword, [ins]);
  }
  return index;
});

/** Top-level instructions with this (upper-case) keyword, in file order. */
export function instructionsOf(model: Dockerfile, keyword: string): readonly Instruction[] {
  return indexOf(model).get(keyword) ?? NONE;
}

/** Whether the instruction's text holds a `$`, the precondition for any variable reference. */
export function mentionsVariable(model: Dockerfile, ins: Instruction): boolean {
  const at = model.text.indexOf('$', ins.start);
  return at >= 0 && at < ins.end;
}
