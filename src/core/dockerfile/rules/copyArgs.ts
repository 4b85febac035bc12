/** Sources and destination of COPY/ADD, in shell or exec form. */
import type { Instruction, Word } from '../model';

export interface CopyArgs {
  sources: Word[];
  destination: Word;
}

export function copyArgs(instruction: Instruction): CopyArgs | undefined {
  const args = instruction.args;
  if (args.length < 2) return undefined;
  return { sources: args.slice(0, -1), destination: args[args.length - 1] };
}

/** Whether a source is a heredoc marker (`<<EOF`), whose content is inline rather than a file. */
export function isHeredocMarker(word: Word): boolean {
  return word.text.startsWith('<<');
}
