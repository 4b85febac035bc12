/** The user part of a USER instruction (`name` in `name:group`), with its offsets. */
import type { Dockerfile, Instruction } from '../model';
import { innerStart } from './quotes';

export interface UserSpec {
  /** As written, variables unexpanded. */
  text: string;
  /** After expanding variables statically; undefined when a variable's value is unknown. */
  resolved?: string;
  start: number;
  end: number;
}

export function userOf(model: Dockerfile, instruction: Instruction): UserSpec | undefined {
  const word = instruction.args[0];
  if (!word || instruction.args.length !== 1) return undefined;
  const start = innerStart(word);
  const colon = word.value.indexOf(':');
  const text = colon >= 0 ? word.value.slice(0, colon) : word.value;
  const resolved = text.includes('$') ? model.expand(text, instruction) : text;
  return { text, resolved, start, end: start + text.length };
}
