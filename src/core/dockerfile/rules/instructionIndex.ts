/** Top-level instructions grouped by keyword, built once per parse, so a rule about EXPOSE does not walk every RUN. */
import type { Dockerfile, Instruction } from '../model';

const cache = new WeakMap<Dockerfile, Map<string, Instruction[]>>();
const NONE: readonly Instruction[] = [];

export function instructionsNamed(model: Dockerfile, keyword: string): readonly Instruction[] {
  let index = cache.get(model);
  if (!index) {
    index = new Map();
    for (const ins of model.instructions) {
      const list = index.get(ins.keyword);
      if (list) list.push(ins);
      else index.set(ins.keyword, [ins]);
    }
    cache.set(model, index);
  }
  return index.get(keyword) ?? NONE;
}

/** Whether the instruction's text holds a `$`, the precondition for any variable reference. */
export function mentionsVariable(model: Dockerfile, ins: Instruction): boolean {
  const at = model.text.indexOf('$', ins.start);
  return at >= 0 && at < ins.end;
}
