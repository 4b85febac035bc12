/**
 * Sources and destination of COPY/ADD, in shell or exec form: every argument but the last is a source.
 * Rules read the sources from `instruction.args` up to `sourceCount`: a `{ sources: args.slice(0, -1) }`
 * object for every COPY of every lint was the largest cost of the five rules that read them.
 */
import type { Instruction, Word } from '../model';

/** How many sources the instruction names (its first arguments); 0 without a destination. */
export function sourceCount(instruction: Instruction): number {
  const n = instruction.args.length;
  return n < 2 ? 0 : n - 1;
}

/** The destination (last argument); undefined when there are fewer than two arguments. */
export function destinationOf(instruction: Instruction): Word | undefined {
  const args = instruction.args;
  return args.length < 2 ? undefined : args[args.length - 1];
}

/** Whether a source is a heredoc marker (`<<EOF`), whose content is inline rather than a file. */
export function isHeredocMarker(word: Word): boolean {
  return word.text.startsWith('<<');
}

/** The `--from` flag's value of a COPY (a stage or image), if the flag is given with one. */
export function fromValue(instruction: Instruction): Word | undefined {
  for (const flag of instruction.flags) if (flag.name === 'from') return flag.value;
  return undefined;
}
