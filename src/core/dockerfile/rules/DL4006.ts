import { defineRule } from '../../rule';
import type { Fix, Range } from '../../types';
import type { Dockerfile, Instruction, Stage, Word } from '../model';
import { eol, insertAt } from './shellReports';
import { baseFamily, basename, commandsNamed, nameStart, runScripts, type Cmd, type RunScript } from './shellUtil';

/**
 * A list, not a Set: a command's name string is fresh, and hashing it for Set.has cost more than a
 * length check and a few comparisons (the shell analysis no longer hashes names for its index).
 */
const SHELLS = ['sh', 'bash', 'zsh', 'ksh', 'mksh', 'ash', 'dash'];
const NON_POSIX = /^(pwsh|powershell|cmd)(\.exe)?$/i;
/** Shells whose `-o pipefail` we trust; plain `sh` counts, since a build that runs with it proves it supports the option. */
const PIPEFAIL_SHELLS = /^(bash|zsh|ksh|mksh|ash|sh)$/;

const PIPEFAIL_OPTION = /^-[a-zA-Z]*o$/;

/** True when `args` contain `-o pipefail`, also inside a cluster such as `-euo pipefail`. */
function setsPipefail(args: readonly string[]): boolean {
  for (let i = 0; i + 1 < args.length; i++) if (args[i + 1] === 'pipefail' && PIPEFAIL_OPTION.test(args[i])) return true;
  return false;
}

/** setsPipefail for a command's words, without a list of their values for each `set`. */
function setsPipefailWords(args: readonly Word[]): boolean {
  for (let i = 0; i + 1 < args.length; i++) if (args[i + 1].value === 'pipefail' && PIPEFAIL_OPTION.test(args[i].value)) return true;
  return false;
}

function hasPipe(script: RunScript): boolean {
  for (const c of script.commands) if (c.command.joinedBy === '|') return true;
  return false;
}

/** A `set -o pipefail` earlier in the script than the piped command. */
function setsPipefailBefore(script: RunScript, pipe: Cmd): boolean {
  for (const c of script.commands) if (c.index < pipe.index && c.name === 'set' && setsPipefailWords(c.command.args)) return true;
  return false;
}

/** The SHELL instruction in force at `run`: the last one earlier in its stage, else in the stage it builds on. */
function shellAt(df: Dockerfile, run: Instruction): Instruction | undefined {
  // The stages visited, against a loop of stage references; only built once a stage has a parent, which most lack.
  let seen: Set<number> | undefined;
  let stage: Stage | undefined = df.stages[run.stage];
  let before: Instruction | undefined = run;
  while (stage) {
    let found: Instruction | undefined;
    for (const i of stage.instructions) {
      if (before && i.start >= before.start) break;
      if (i.keyword === 'SHELL') found = i;
    }
    if (found) return found;
    const parent: Stage | undefined = stage.image.stageRef !== undefined ? df.stages[stage.image.stageRef] : undefined;
    if (!parent) return undefined;
    (seen ??= new Set()).add(stage.index);
    if (seen.has(parent.index)) return undefined;
    before = undefined;
    stage = parent;
  }
  return undefined;
}

/** Most piped scripts run no `sh -c`: they share this (never modified) empty list. */
const NO_BOUNDS: readonly number[] = [];

const COMMAND_FLAG = /^-[a-zA-Z]*c[a-zA-Z]*$/;

/**
 * Start and end offsets (in pairs, one flat list) of `sh -c '…'` bodies: pipes there run in a new
 * shell that SHELL's options do not reach. Flat numbers and plain loops: the pair arrays and the
 * closures per command cost 0.15 MB per corpus lint.
 */
function nestedScripts(script: RunScript): readonly number[] {
  let out: number[] | undefined;
  for (const c of script.commands) {
    if (c.name.length > 4 || !SHELLS.includes(c.name)) continue;
    const args = c.command.args;
    for (let i = 0; i + 1 < args.length; i++) {
      if (COMMAND_FLAG.test(args[i].value)) {
        (out ??= []).push(args[i + 1].start, args[i + 1].end);
        break;
      }
    }
  }
  return out ?? NO_BOUNDS;
}

/** The first command piped into at the script's own level, not inside an `sh -c` body. */
function topLevelPipe(script: RunScript): Cmd | undefined {
  const nested = nestedScripts(script);
  for (const c of script.commands) {
    if (c.command.joinedBy !== '|') continue;
    const at = nameStart(c.command);
    let inside = false;
    for (let k = 0; k < nested.length && !inside; k += 2) inside = at >= nested[k] && at < nested[k + 1];
    if (!inside) return c;
  }
  return undefined;
}

/** A heredoc run by its own interpreter (a `#!` line, or `RUN bash <<EOF`) ignores SHELL too. */
function inSelfContainedHeredoc(run: Instruction, offset: number): boolean {
  const heredoc = run.heredocs.find((h) => offset >= h.body.start && offset <= h.body.end);
  if (!heredoc) return false;
  return heredoc.body.text.startsWith('#!') || !run.argsText.trimStart().startsWith('<<');
}

/** The `|` before a piped command, found by scanning back over blanks and line continuations. */
function pipeRange(df: Dockerfile, cmd: Cmd): Range {
  const c = cmd.command;
  let start = c.nameWord.start;
  for (const w of c.wrappers) start = Math.min(start, w.start);
  for (const w of c.assignments) start = Math.min(start, w.start);
  const text = df.text;
  let i = start - 1;
  while (i >= 0) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === df.escapeChar) i--;
    else break;
  }
  if (text[i] === '&' && text[i - 1] === '|') i--;
  if (text[i] === '|') return df.lines.range(i, text[i + 1] === '&' ? i + 2 : i + 1);
  return c.nameWord.range;
}

/** What RUN runs in when no SHELL says otherwise. */
const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** What to insert, with its finding's message and its fix's title: made once, not per finding. */
interface Suggestion {
  text: string;
  message: string;
  title: string;
}

function suggestion(text: string): Suggestion {
  return {
    text,
    message: `Set \`${text}\` before this RUN: without pipefail, a failure on the left of \`|\` is hidden and the build goes on.`,
    title: `Insert ${text}`,
  };
}

const BASH_SHELL = suggestion('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
const ASH_SHELL = suggestion('SHELL ["/bin/ash", "-o", "pipefail", "-c"]');

/**
 * Inserts a pipefail SHELL where it reaches this RUN: after the stage's last SHELL before it, or
 * right after FROM. Alpine and BusyBox images have no bash, so they get ash, which has the option.
 */
function shellFix(df: Dockerfile, run: Instruction, current: Instruction | undefined, suggested: Suggestion, safe: boolean): Fix | undefined {
  const stage = df.stages[run.stage];
  if (!stage) return undefined;
  const anchor = current && current.stage === run.stage ? current : stage.from;
  const line = anchor.range.end.line + 1;
  if (line >= df.lines.lineCount) return undefined;
  return { title: suggested.title, edits: [insertAt({ line, character: 0 }, suggested.text + eol(df))], safe };
}

export default defineRule<Dockerfile>(
  {
    id: 'DL4006',
    title: 'Set pipefail before RUN with a pipe',
    severity: 'warning',
    appliesTo: 'dockerfile',
    fixable: true,
    summary: 'Flags a RUN that pipes commands while the shell lacks `-o pipefail`: a pipeline\'s status is its last command\'s, so a failed download piped into another tool passes silently.',
  },
  (context) => {
    const df = context.model;
    let fixedStages: Set<number> | undefined;
    for (const script of runScripts(df)) {
      // Exec form runs no shell, so SHELL and pipefail do not apply; pipes there sit inside `sh -c` strings.
      if (script.onbuild || script.run.form === 'exec' || !script.script || script.script.dialect !== 'posix') continue;
      if (!hasPipe(script)) continue;
      const pipe = topLevelPipe(script);
      if (!pipe) continue;
      const run = script.run;
      const shell = shellAt(df, run);
      const shellArgs = shell ? shell.args.map((w) => w.value) : DEFAULT_SHELL;
      const program = basename(shellArgs[0] ?? '');
      if (NON_POSIX.test(program)) continue;
      const shellHasPipefail = PIPEFAIL_SHELLS.test(program) && setsPipefail(shellArgs);
      if (setsPipefailBefore(script, pipe)) continue;
      if (inSelfContainedHeredoc(run, pipe.command.nameWord.start)) {
        context.report({
          range: pipeRange(df, pipe),
          message: 'Add `set -o pipefail` at the top of this heredoc script: it runs in its own interpreter, and without pipefail a failure on the left of `|` is hidden.',
        });
        continue;
      }
      if (shellHasPipefail || (pipe.command.pipefail ?? script.script.pipefail)) continue;
      const family = baseFamily(df, run.stage);
      const suggested = family === 'busybox' ? ASH_SHELL : BASH_SHELL;
      // `yes | cmd` ends with `yes` killed by a broken pipe: harmless today, a failed build under pipefail.
      const breaksYes = commandsNamed(df, ['yes'], { onbuild: false }).some((c) => c.script.stage === run.stage && c.command.inPipeline);
      // Every piped RUN of a stage gets the same insertion; only the first is safe, so `--fix` adds one SHELL.
      const fix = shellFix(df, run, shell, suggested, family !== 'unknown' && !breaksYes && !fixedStages?.has(run.stage));
      if (fix?.safe) (fixedStages ??= new Set()).add(run.stage);
      context.report({
        range: pipeRange(df, pipe),
        message: suggested.message,
        fixes: fix ? [fix] : [],
      });
    }
  },
);
