/**
 * RUN analysis: a POSIX shell script split into simple commands with exact ranges (see shellParser.ts
 * for what the scanner understands). This module picks the script of an instruction: shell form,
 * exec form (`["sh", "-c", "…"]`), a HEALTHCHECK CMD, and RUN heredoc bodies run by a shell.
 */
import type { Instruction, ShellCommand, ShellDialect, ShellScript } from './model';
import type { OffsetMap, TokenFactory } from './source';
import type { InstructionSource } from './parser';
import { jsonValueOffsets } from './words';
import { CommandList, ScriptText, SpanList } from './shellCommand';
import { basename, isShellName, optionsSetPipefail } from './shellNames';
import { parseScript, type ShellState } from './shellParser';

export function shellDialect(shell: readonly string[] | undefined, windows: boolean): ShellDialect {
  if (shell && shell.length) {
    const exe = basename(shell[0]).toLowerCase().replace(/\.exe$/, '');
    if (exe === 'powershell' || exe === 'pwsh') return 'powershell';
    if (exe === 'cmd') return 'cmd';
    return 'posix';
  }
  return windows ? 'cmd' : 'posix';
}

/** Analyses a script given as text with its offset map into `commands`; its words go to `spans`. The caller seals both. */
function analyzeScript(text: string, map: OffsetMap, tokens: TokenFactory, pipefail: boolean, depth: number, spans: SpanList, commands: CommandList): void {
  const state: ShellState = { pipefail, commands, lines: tokens.lines };
  parseScript(new ScriptText(text, { toFile: map }, tokens.lines, spans), 0, text.length, depth, state, false);
}

const SHEBANG = /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/;

/** The interpreter a heredoc script names in its shebang, e.g. `bash` or `python3`. */
function shebangInterpreter(body: string): string | undefined {
  const m = SHEBANG.exec(body);
  if (!m) return undefined;
  const exe = basename(m[1]);
  return exe === 'env' && m[2] ? basename(m[2]) : exe;
}

export function analyzeInstructionShell(instruction: Instruction, src: InstructionSource, tokens: TokenFactory): ShellScript | undefined {
  const k = instruction.keyword;
  const isHealthcheck = k === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'CMD';
  if (k !== 'RUN' && k !== 'CMD' && k !== 'ENTRYPOINT' && !isHealthcheck) return undefined;
  const shellPipefail = src.shell ? optionsSetPipefail(src.shell, 1) === true : false;
  const state: ShellState = { pipefail: shellPipefail, commands: new CommandList(), lines: tokens.lines };

  if (instruction.form === 'exec') {
    // No shell runs; the array is one command. `["sh", "-c", "..."]` still gets its script analysed.
    const words = isHealthcheck ? instruction.args.slice(1) : instruction.args;
    if (words.length === 0) return { dialect: 'posix', commands: [], pipefail: false };
    state.pipefail = false;
    const cmd: ShellCommand = {
      name: words[0].value,
      nameWord: words[0],
      args: words.slice(1),
      assignments: [],
      wrappers: [],
      joinedBy: '',
      inPipeline: false,
      depth: 0,
      pipefail: false,
      token: tokens.file(words[0].start, words[words.length - 1].end),
    };
    state.commands.push(cmd);
    if (isShellName(cmd.name)) {
      let i = 0;
      let pipefail = false;
      while (i < cmd.args.length && cmd.args[i].value.startsWith('-')) {
        const v = cmd.args[i].value;
        if (/^-[a-zA-Z]*o$/.test(v) && cmd.args[i + 1]?.value === 'pipefail') pipefail = true;
        if (/c/.test(v.slice(1)) && !/o$/.test(v)) {
          i++;
          break;
        }
        i += /^-[a-zA-Z]*o$/.test(v) ? 2 : 1;
      }
      const script = cmd.args[i];
      if (script && i > 0 && /c/.test(cmd.args[i - 1].value.slice(1))) {
        const offsets = jsonValueOffsets(script.text);
        const logicalStart = src.line.fromFile(script.start);
        state.pipefail = pipefail;
        const map = (j: number) => src.line.toFile(logicalStart + (offsets[j] ?? script.text.length - 1));
        const spans = new SpanList();
        parseScript(new ScriptText(script.value, { toFile: map }, tokens.lines, spans), 0, script.value.length, 1, state, false);
        spans.seal();
      }
    }
    return { dialect: 'posix', commands: state.commands.seal(), pipefail: false };
  }

  const dialect = shellDialect(src.shell, src.windows);
  if (dialect !== 'posix') return { dialect, commands: [], pipefail: false };

  let start = src.argsStart;
  if (isHealthcheck) start = src.line.fromFile(instruction.args[1]?.start ?? instruction.args[0].end);
  const line = src.line;
  // The script is parsed in place in the logical line: no slice, and offsets map straight to the file.
  const spans = new SpanList();
  const heredocUses = parseScript(new ScriptText(line.text, line, tokens.lines, spans), start, Math.max(start, src.argsEnd), 0, state, instruction.heredocs.length > 0);
  let pipefail = shellPipefail || state.setPipefail === true;
  let interpreter: string | undefined;

  if (instruction.heredocs.length && k === 'RUN') {
    const bodyOf = (index: number) => instruction.heredocs[index];
    const analyzeBody = (index: number, depth: number) => {
      const h = bodyOf(index);
      if (!h) return;
      const body = h.body.text;
      const base = h.body.start;
      // A list of its own (not state.commands), so the body's parse sees none of the RUN line's commands.
      const commands = new CommandList();
      analyzeScript(body, (i) => base + i, tokens, state.pipefail, depth, spans, commands);
      let setsPipefail = false;
      for (let i = 0; i < commands.length; i++) {
        const c = commands.at(i)!;
        state.commands.push(c);
        if (!setsPipefail && c.depth === depth && basename(c.name) === 'set' && optionsSetPipefail(c.args.map((a) => a.value)) === true) setsPipefail = true;
      }
      commands.seal();
      if (setsPipefail) pipefail = true;
    };
    if (state.commands.length === 0) {
      // `RUN <<EOF`: the first heredoc is the script, run by its shebang or by the shell.
      const h = bodyOf(0);
      const exe = h ? shebangInterpreter(h.body.text) : undefined;
      if (exe && !isShellName(exe)) interpreter = exe;
      else analyzeBody(0, 0);
    } else {
      for (const use of heredocUses) {
        const c = use.command;
        if (!c || !isShellName(c.name)) continue;
        if (c.args.some((a) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a.value))) continue;
        analyzeBody(use.index, c.depth + 1);
      }
    }
  }
  spans.seal();
  const script: ShellScript = { dialect, commands: state.commands.seal(), pipefail };
  if (interpreter) script.interpreter = interpreter;
  return script;
}
