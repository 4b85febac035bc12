/**
 * Reporting shapes the RUN-content rules have in common: an unpinned package, a missing flag with
 * an "add it" fix, a missing cleanup with an "append it" fix. Each edit touches only the text it
 * is about: an insertion right after a command word, or at the end of the RUN's script.
 */
import type { RuleContext } from '../../rule';
import type { Fix, Position, Range, TextEdit } from '../../types';
import type { Dockerfile, ShellCommand, Token, Word } from '../model';
import { expandWord, type Cmd, type RunScript } from './shellUtil';
import { rangeContains } from '../../text';
import { SYNTAX } from '../syntaxChecks';
import { perModel } from './perModel';

const UNTERMINATED_QUOTE = SYNTAX.unterminatedQuote.id;

export type Context = RuleContext<Dockerfile>;

export function insertAfter(token: Token, text: string): TextEdit {
  return { range: { start: token.range.end, end: token.range.end }, newText: text };
}

export function insertAt(position: Position, text: string): TextEdit {
  return { range: { start: position, end: position }, newText: text };
}

export function code(text: string): string {
  return '`' + (text.includes('`') ? text.replace(/`/g, "'") : text) + '`';
}

/** A fix that adds `flag` right after `token` (the subcommand, or the program name). */
export function addFlagFix(token: Token, flag: string, safe = true): Fix {
  return { title: `Add ${flag}`, edits: [insertAfter(token, ' ' + flag)], safe };
}

/** The largest word end of the command not past `limit` (or `last` when none is larger); no array of its words is built. */
function lastWordEnd(command: ShellCommand, limit: number, last: number): number {
  for (const w of command.wrappers) if (w.end <= limit && w.end > last) last = w.end;
  for (const w of command.assignments) if (w.end <= limit && w.end > last) last = w.end;
  if (command.nameWord.end <= limit && command.nameWord.end > last) last = command.nameWord.end;
  for (const w of command.args) if (w.end <= limit && w.end > last) last = w.end;
  return last;
}

const BACKSLASH_CONTINUATION = /\\\r?\n/g;
const BACKTICK_CONTINUATION = /`\r?\n/g;

/** What a pinned package is called in messages: `package`/`packages`, `gem`/`gems`… */
export interface PackageNoun {
  one: string;
  many: string;
}

const PACKAGE: PackageNoun = { one: 'package', many: 'packages' };

function listOf(specs: readonly string[]): string {
  const shown = specs.slice(0, 4).map(code);
  const more = specs.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : shown[0];
}

/**
 * Reports every package operand that `isPinned` rejects; `hint(spec)` shows the pinned form, e.g.
 * `apt-get install curl=<version>`. Operands holding variables are expanded with ARG/ENV defaults
 * first, and all unpinned packages from one variable make one finding. A variable whose value
 * cannot be known statically is left alone: its real value (often a pinned list) comes from the build.
 */
export function reportUnpinned(
  context: Context,
  cmd: Cmd,
  operands: readonly Word[],
  isPinned: (spec: string) => boolean,
  hint: (spec: string) => string,
  noun: PackageNoun = PACKAGE,
): void {
  for (const word of operands) {
    const value = word.value;
    // Most operands are plain package names: judge them as written, without expandWord's arrays. With no
    // backtick in the value, `code(value)` is the value in backticks: written inline, without its two strings.
    if (!value.includes('$') && !value.includes('`')) {
      if (!isPinned(value)) context.report({ range: word.range, message: `Pin the version of \`${value}\` (${hint(value)}) so rebuilds get the same ${noun.one}.` });
      continue;
    }
    const specs = expandWord(context.model, cmd.script, word);
    if (!specs) continue;
    const unpinned = specs.filter((spec) => !isPinned(spec));
    if (unpinned.length === 0) continue;
    const fromVariable = unpinned.length > 1 || unpinned[0] !== word.value;
    const message =
      unpinned.length === 1
        ? `Pin the version of ${code(unpinned[0])} (${hint(unpinned[0])}) so rebuilds get the same ${noun.one}.${fromVariable ? ` It comes from ${code(word.value)}.` : ''}`
        : `Pin the versions of ${listOf(unpinned)} from ${code(word.value)} (e.g. ${hint(unpinned[0])}) so rebuilds get the same ${noun.many}.`;
    context.report({ range: word.range, message });
  }
}

/** The file's line break, for inserted lines; once per model, as DL4006 and DL3059 ask per finding and each ask scans the text. */
export const eol: (df: Dockerfile) => string = perModel((df) => (df.text.includes('\r\n') ? '\r\n' : '\n'));

/**
 * The edit that runs `command` at the end of the RUN holding `at`: a new line before the heredoc
 * terminator when `at` is in a heredoc script, else ` && command` after the last word of the
 * shell-form script. Undefined when the script's end is not plain (a trailing shell comment, `&`,
 * a redirect into a heredoc), where appending could change what runs.
 */
export function appendToRun(df: Dockerfile, script: RunScript, at: Cmd, command: string): TextEdit | undefined {
  const run = script.run;
  const offset = at.command.nameWord.start;
  const heredoc = run.heredocs.find((h) => offset >= h.body.start && offset <= h.body.end);
  if (heredoc) {
    if (!heredoc.terminator || opensUnclosedShellHeredoc(df.text.slice(heredoc.body.start, heredoc.body.end))) return undefined;
    return insertAt({ line: heredoc.terminator.range.start.line, character: 0 }, command + eol(df));
  }
  const end = scriptEnd(df, script);
  return end && insertAt(end.position, end.joiner + command);
}

/**
 * Whether a heredoc script opens a shell heredoc (`cat <<EOF`) that the script does not close: a line
 * added before the Dockerfile terminator would become that heredoc's text, not a command. The common
 * way in is a shell heredoc with the same tag as the Dockerfile one, whose terminator ends both.
 */
function opensUnclosedShellHeredoc(body: string): boolean {
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    // Here-strings (`<<<`) are not heredocs; several heredocs on one line close in order.
    const tags = [...lines[i].matchAll(/(?<!<)<<(-?)(?!<)\s*(["']?)([^\s"'<>;&|()]+)\2/g)].map((m) => ({ strip: m[1] === '-', tag: m[3] }));
    for (const { strip, tag } of tags) {
      let j = i + 1;
      while (j < lines.length && (strip ? lines[j].replace(/^\t+/, '') : lines[j]) !== tag) j++;
      if (j >= lines.length) return true;
      i = j;
    }
  }
  return false;
}

/**
 * Where another command can be chained onto a shell-form RUN: after its last argument, joined with
 * ` && `, or with a space when the script already ends in `;`. Undefined when the end is not plain
 * (a trailing shell comment, `&`, a heredoc redirect), where chaining could change what runs.
 */
export function scriptEnd(df: Dockerfile, script: RunScript): { position: Position; joiner: string } | undefined {
  const run = script.run;
  if (run.form !== 'shell' || !run.argsRange) return undefined;
  // An unclosed quote would swallow the appended command into its string, and the finding would stay.
  const argsRange = run.argsRange;
  if (df.syntaxErrors.some((d) => d.rule === UNTERMINATED_QUOTE && rangeContains(argsRange, d.range.start))) return undefined;
  const argsEnd = df.lines.offsetAt(run.argsRange.end);
  let last = -1;
  for (const c of script.commands) last = lastWordEnd(c.command, argsEnd, last);
  if (last < 0) return undefined;
  const tail = df.text.slice(last, argsEnd).replace(df.escapeChar === '`' ? BACKTICK_CONTINUATION : BACKSLASH_CONTINUATION, '').trim();
  if (/^[)}\s]*$/.test(tail)) return { position: run.argsRange.end, joiner: ' && ' };
  if (/^[)}\s]*;$/.test(tail)) return { position: run.argsRange.end, joiner: ' ' };
  return undefined;
}

/**
 * The cleanup rules (apt lists, yum/dnf/zypper caches, yarn cache): one finding per RUN, on the
 * first install that no cleanup follows, with a fix that appends the cleanup to the RUN.
 */
export function reportMissingCleanup(
  context: Context,
  installs: readonly Cmd[],
  options: {
    isCleaned: (install: Cmd) => boolean;
    message: (install: Cmd) => string;
    /** Cleanup command to append; absent for no fix. */
    fix?: (install: Cmd) => string;
    /** Where to report; the install's program name by default. */
    range?: (install: Cmd) => Range;
  },
): void {
  // Most calls report nothing (no install, or every one cleaned up): the set is made at the first finding.
  let reported: Set<RunScript> | undefined;
  for (const install of installs) {
    if (reported?.has(install.script) || options.isCleaned(install)) continue;
    (reported ??= new Set()).add(install.script);
    const fixes: Fix[] = [];
    const cleanup = options.fix?.(install);
    if (cleanup) {
      const edit = appendToRun(context.model, install.script, install, cleanup);
      if (edit) fixes.push({ title: `Append ${cleanup} to this RUN`, edits: [edit], safe: true });
    }
    const range = options.range?.(install) ?? install.command.nameWord.range;
    context.report({ range, message: options.message(install), fixes });
  }
}

/** From the start of `a` to the end of `b`: a command name and its subcommand, say. */
export function span(a: Token, b: Token): Range {
  return { start: a.range.start, end: b.range.end };
}
