import { defineRule, type Report } from '../../rule';
import type { Fix } from '../../types';
import type { Dockerfile, Instruction, Stage } from '../model';
import { exactExecForm, toJsonArray } from './execForm';
import { instructionsOf } from './instructionIndex';
import { stageGraph } from './stageGraph';

/** Whether one of `instructions` (an index list, in file order) before offset `before` is in a stage of `chain`. */
function inChain(instructions: readonly Instruction[], chain: readonly Stage[], before: number): boolean {
  for (const instruction of instructions) {
    if (instruction.start >= before) break;
    for (const stage of chain) if (stage.index === instruction.stage) return true;
  }
  return false;
}

/** The shell-form command of CMD/ENTRYPOINT/HEALTHCHECK CMD: its text and file offsets. */
function shellCommand(model: Dockerfile, instruction: Instruction): { text: string; start: number; end: number } | undefined {
  // Exec-form CMD/ENTRYPOINT (the common case) is settled before the lazily computed range and arguments are read.
  if (instruction.keyword !== 'HEALTHCHECK' && instruction.form !== 'shell') return undefined;
  if (!instruction.argsRange || instruction.args.length === 0) return undefined;
  const end = model.lines.offsetAt(instruction.argsRange.end);
  if (instruction.keyword !== 'HEALTHCHECK') {
    return instruction.form === 'shell' ? { text: instruction.argsText.trim(), start: model.lines.offsetAt(instruction.argsRange.start), end } : undefined;
  }
  const [cmd, first] = instruction.args;
  if (!first || cmd.value.toUpperCase() !== 'CMD') return undefined;
  const text = instruction.argsText.replace(/^\s*\S+\s+/, '').trim();
  if (text.startsWith('[')) {
    try {
      if (Array.isArray(JSON.parse(text))) return undefined;
    } catch {
      // not JSON: Docker runs it through the shell
    }
  }
  return { text, start: first.start, end };
}

/** Reports a shell-form CMD, ENTRYPOINT or HEALTHCHECK CMD worth writing in JSON form. */
function check(model: Dockerfile, instruction: Instruction, report: (r: Report) => void): void {
  if (instruction.stage < 0) return;
  const keyword = instruction.keyword;
  const command = shellCommand(model, instruction);
  if (!command || !command.text) return;
  const stage = model.stages[instruction.stage];
  const chain = stageGraph(model).chain(stage);
  // A SHELL instruction says the shell form is meant (BuildKit's exemption; typical on Windows).
  if (inChain(instructionsOf(model, 'SHELL'), chain, instruction.start)) return;
  const words = exactExecForm(command.text, model.escapeChar);
  // A health check that uses the shell (`|| exit 1`) needs it; only a plain one is worth converting.
  if (keyword === 'HEALTHCHECK' && !words) return;
  const range = model.lines.range(command.start, command.end);
  const fixes: Fix[] = [];
  let safe = true;
  let extra = '';
  // Setting ENTRYPOINT drops an inherited CMD, so only this stage's CMD is affected.
  if (keyword === 'ENTRYPOINT' && inChain(instructionsOf(model, 'CMD'), [stage], Infinity)) {
    safe = false;
    extra = ' In exec form, the CMD of this stage becomes arguments to the entrypoint.';
  } else if (keyword === 'CMD' && inChain(instructionsOf(model, 'ENTRYPOINT'), chain, Infinity)) {
    safe = false;
    extra = ' With an ENTRYPOINT set, a shell-form CMD hands "/bin/sh -c …" to the entrypoint as its arguments, which is rarely meant.';
  }
  if (words) {
    const json = toJsonArray(words);
    fixes.push({ title: `Convert to JSON form: ${json}`, edits: [{ range, newText: json }], safe });
  }
  if (keyword !== 'HEALTHCHECK') {
    fixes.push({ title: 'Wrap in an explicit shell: ["/bin/sh", "-c", "…"]', edits: [{ range, newText: toJsonArray(['/bin/sh', '-c', command.text]) }], safe: false });
  }
  const why =
    keyword === 'HEALTHCHECK'
      ? 'HEALTHCHECK CMD in shell form needs /bin/sh inside the image and starts a shell for every probe; JSON form runs the probe directly.'
      : `${keyword} in shell form runs under /bin/sh -c: the shell is PID 1 and does not pass SIGTERM on, so docker stop waits and then kills the process. JSON form runs it directly.`;
  report({ range, message: why + extra, fixes });
}

export const DL3025 = defineRule<Dockerfile>(
  {
    id: 'DL3025',
    aliases: ['JSONArgsRecommended'],
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Shell form wraps the command in /bin/sh -c, which becomes PID 1 and does not forward stop signals; JSON form runs the program directly.',
  },
  ({ model, report }) => {
    // Only these keywords are checked, and most of them are in exec form: the index spares a walk over every instruction.
    for (const instruction of instructionsOf(model, 'CMD')) check(model, instruction, report);
    for (const instruction of instructionsOf(model, 'ENTRYPOINT')) check(model, instruction, report);
    for (const instruction of instructionsOf(model, 'HEALTHCHECK')) check(model, instruction, report);
  },
);
