/**
 * Inline suppression in Dockerfiles, in the three syntaxes users already write:
 *
 * - hadolint: `# hadolint ignore=DL3008,DL3009 # reason` (next instruction), `# hadolint global ignore=…`
 *   (whole file), `# hadolint stage ignore=…` (to the end of the stage);
 * - BuildKit: `# check=skip=Rule1,Rule2|all` as a parser directive (whole file) or in the comments
 *   directly above one instruction (that instruction; text after the first space is a reason);
 * - Infra Coach: `# infra-coach ignore=ID[,ID] -- reason` (next instruction) and
 *   `# infra-coach ignore-file=ID[,ID]` (whole file).
 *
 * Deliberate differences from hadolint: an ignore comment anywhere in the unbroken comment block
 * above an instruction covers it (hadolint only honours the line right above, #370), lower-case
 * codes and trailing text are accepted. `parsePragma` reports whether hadolint itself would accept
 * a comment (`strict`), for a rule that wants to flag comments hadolint ignores.
 */
import { UNUSED_SUPPRESSION_RULE, type Suppression } from '../suppression';
import type { Fix, LintDiagnostic, Range } from '../types';
import { BUILDKIT_CHECKS, isBuildkitCheck } from './buildkitChecks';
import type { Dockerfile, Instruction, Token } from './model';
import { dockerfileSyntaxChecks } from './parser';
import { perModel } from './rules/perModel';

export type PragmaTool = 'hadolint' | 'buildkit' | 'infra-coach';
export type PragmaScope = 'instruction' | 'stage' | 'file';

/** What a suppression comment says, independent of where it sits. */
export interface PragmaText {
  tool: PragmaTool;
  scope: PragmaScope;
  /** The ids as written; `all` only from BuildKit's `skip=all`. */
  rules: string[] | 'all';
  reason?: string;
  /** Whether the tool that owns the syntax would accept the comment as written. */
  strict: boolean;
  /** Index in the comment text just after the last id, where `,ID` can be appended. */
  idsEnd: number;
}

export interface Pragma extends PragmaText {
  /** The comment or parser directive holding it. */
  token: Token;
  /** For `instruction` scope: the instruction whose comment block holds it, if any. */
  instruction?: Instruction;
  /** Whether it is a parser directive (`# check=` in the file's first lines). */
  directive: boolean;
}

const HADOLINT = /^#[ \t]*hadolint[ \t]+(?:(global|stage)[ \t]+)?ignore[ \t]*=[ \t]*([^\s,#]+(?:[ \t]*,[ \t]*[^\s,#]+)*)(.*)$/;
const INFRA_COACH = /^#[ \t]*infra-coach[ \t]+(ignore|ignore-file)[ \t]*=[ \t]*([^\s,]+(?:[ \t]*,[ \t]*[^\s,]+)*)(.*)$/;
const CHECK = /^#[ \t]*check[ \t]*=[ \t]*(\S+)(.*)$/i;
const HADOLINT_CODE = /^[DLSC0-9]+$/;
const MENTIONS_TOOL = /^#[ \t]*(?:hadolint|check|infra-coach)/i;

/** Parses the raw text of one comment line (starting with `#`); undefined when it is no suppression. */
export function parsePragma(raw: string): PragmaText | undefined {
  if (!MENTIONS_TOOL.test(raw)) return undefined;
  const text = raw.trimEnd();
  let m = HADOLINT.exec(text);
  if (m) {
    const ids = splitIds(m[2]);
    const trailing = m[3].trim();
    return {
      tool: 'hadolint',
      scope: m[1] === 'global' ? 'file' : m[1] === 'stage' ? 'stage' : 'instruction',
      rules: ids,
      ...(trailing ? { reason: trailing.replace(/^#\s*/, '') } : {}),
      strict: ids.every((id) => HADOLINT_CODE.test(id)) && (trailing === '' || trailing.startsWith('#')),
      idsEnd: text.length - m[3].length,
    };
  }
  m = INFRA_COACH.exec(text);
  if (m) {
    const trailing = m[3].trim();
    return {
      tool: 'infra-coach',
      scope: m[1] === 'ignore-file' ? 'file' : 'instruction',
      rules: splitIds(m[2]),
      ...(trailing ? { reason: trailing.replace(/^--\s*/, '') } : {}),
      strict: trailing === '' || trailing.startsWith('--'),
      idsEnd: text.length - m[3].length,
    };
  }
  m = CHECK.exec(text);
  if (m) return parseCheck(m[1], text.length - m[2].length - m[1].length, m[2].trim());
  return undefined;
}

/** `skip=A,B;error=true`: the skip list; undefined when an option is malformed, as BuildKit then ignores the comment. */
function parseCheck(value: string, valueAt: number, trailing: string): PragmaText | undefined {
  let rules: string[] | 'all' | undefined;
  let idsEnd = -1;
  let offset = valueAt;
  for (const option of value.split(';')) {
    const eq = option.indexOf('=');
    if (eq < 0) return undefined;
    const key = option.slice(0, eq).trim();
    if (key === 'skip') {
      const list = option.slice(eq + 1).trim();
      rules = list === 'all' ? 'all' : splitIds(list);
      idsEnd = offset + option.length;
    } else if (key !== 'error' && key !== 'experimental') return undefined;
    offset += option.length + 1;
  }
  if (!rules || (rules !== 'all' && rules.length === 0)) return undefined;
  return { tool: 'buildkit', scope: 'instruction', rules, ...(trailing ? { reason: trailing } : {}), strict: true, idsEnd };
}

function splitIds(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Whether the comment whose `#` is at `hash` could pass MENTIONS_TOOL: its first word after `#`
 * starts with h, c or i (any case). Spares the token and its text for most comments (measured:
 * 0.6 MB less allocated per corpus lint, with the lexer's lazy comments).
 */
function mayMentionTool(text: string, hash: number): boolean {
  let i = hash + 1;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  c |= 32;
  return c === 104 || c === 99 || c === 105;
}

/** Every suppression comment and `check` directive of the file, in file order (kept for the last model, see perModel). */
export const parsePragmas = perModel(pragmasOf);

function pragmasOf(model: Dockerfile): Pragma[] {
  const out: Pragma[] = [];
  for (const d of model.directives) {
    if (d.name !== 'check') continue;
    const p = parsePragma(d.token.text);
    if (p && p.tool === 'buildkit') out.push(placed(p, 'file', d.token, true, undefined));
  }
  // Most files hold no suppression at all: the comment-to-instruction map is built only once one is found.
  let owner: Map<number, Instruction> | undefined;
  const text = model.text;
  for (const c of model.comments) {
    // Most comments are prose: a look at the file text rules them out before their token is made.
    if (!mayMentionTool(text, c.start)) continue;
    const p = parsePragma(c.token.text);
    if (!p) continue;
    if (!owner) {
      owner = new Map();
      for (const ins of model.instructions) for (const comment of ins.comments) owner.set(comment.start, ins);
    }
    const instruction = p.scope === 'instruction' ? owner.get(c.token.start) : undefined;
    out.push(placed(p, p.scope, c.token, false, instruction));
  }
  if (out.length > 1) out.sort((a, b) => a.token.start - b.token.start);
  return out;
}

/**
 * `{ ...p, scope, token, directive, ...(instruction ? { instruction } : {}) }` built field by field: in a
 * profile the spreads took as long as testing every comment of the file (suppressions of the 400 corpus
 * Dockerfiles a quarter faster without them).
 */
function placed(p: PragmaText, scope: PragmaScope, token: Token, directive: boolean, instruction: Instruction | undefined): Pragma {
  const pragma: Pragma = { tool: p.tool, scope, rules: p.rules, strict: p.strict, idsEnd: p.idsEnd, token, directive };
  if (p.reason !== undefined) pragma.reason = p.reason;
  if (instruction) pragma.instruction = instruction;
  return pragma;
}

/**
 * Ids that name checks Infra Coach never runs: ShellCheck codes and BuildKit's image-pull check.
 * A comment naming only those is kept for the peer tool and never reported as unused.
 */
const NOT_EVALUATED = /^(SC\d+|InvalidBaseImagePlatform)$/i;

export function dockerfileSuppressions(model: Dockerfile): Suppression[] {
  const out: Suppression[] = [];
  for (const p of parsePragmas(model)) {
    const rules = p.rules === 'all' ? [...BUILDKIT_CHECKS] : p.rules.filter((id) => !NOT_EVALUATED.test(id));
    if (rules.length === 0) continue;
    const line = p.token.range.start.line;
    let fromLine = line + 1;
    let toLine = line + 1;
    if (p.scope === 'file') {
      fromLine = 0;
      toLine = lastLineOf(model);
    } else if (p.scope === 'stage') {
      toLine = stageEnd(model, line, lastLineOf(model));
    } else if (p.instruction) {
      toLine = p.instruction.range.end.line;
    }
    out.push({ rules, fromLine, toLine, range: p.token.range, source: p.tool });
  }
  return out;
}

/** Asked only for file and stage scopes: it builds the line index, which a file without findings may never need. */
function lastLineOf(model: Dockerfile): number {
  return Math.max(0, model.lines.lineCount - 1);
}

/**
 * Last line a `stage ignore` on `line` covers: up to the next FROM, or, when the comment sits in
 * the comments above a FROM, to the end of that FROM's stage.
 */
function stageEnd(model: Dockerfile, line: number, lastLine: number): number {
  const next = model.stages.findIndex((s) => s.from.range.start.line > line);
  if (next < 0) return lastLine;
  const from = model.stages[next].from;
  const aboveFrom = from.comments.some((c) => c.token.range.start.line === line);
  const end = aboveFrom ? model.stages[next + 1] : model.stages[next];
  return end ? end.from.range.start.line - 1 : lastLine;
}

const SYNTAX_IDS = new Set(dockerfileSyntaxChecks.map((m) => m.id));

/**
 * "Ignore <ID> for this instruction". hadolint ids get `# hadolint ignore=` on the line right
 * above the instruction (the only place hadolint reads it); BuildKit check names get
 * `# check=skip=`, which `docker build --check` honours too, at the top of the instruction's
 * comment block; anything else gets `# infra-coach ignore=`. An existing comment of the same
 * kind is extended instead. At the very top of the file, where a new `# check=` line would turn
 * into a parser directive for the whole file, `# infra-coach ignore=` is used instead.
 */
export function dockerfileIgnoreFix(model: Dockerfile, diagnostic: LintDiagnostic): Fix | undefined {
  const id = diagnostic.rule;
  if (id === UNUSED_SUPPRESSION_RULE || SYNTAX_IDS.has(id)) return undefined;
  const instruction = instructionFor(model, diagnostic.range);
  if (!instruction) return undefined;
  const title = `Ignore ${id} for this instruction`;
  const pragmas = parsePragmas(model).filter((p) => p.scope === 'instruction' && p.instruction === instruction);
  const findingLine = diagnostic.range.start.line;
  const instructionLine = instruction.range.start.line;
  const blockTop = instruction.comments.length > 0 ? instruction.comments[0].token.range.start.line : instructionLine;
  let tool: PragmaTool = /^(DL|SC)\d+$/i.test(id) ? 'hadolint' : isBuildkitCheck(id) ? 'buildkit' : 'infra-coach';
  // hadolint reads only the line right above; the others go on top of the comment block, and so
  // does a hadolint comment for a finding on a comment of the block (DL1001 reports those).
  const line = tool !== 'hadolint' || findingLine < instructionLine ? blockTop : instructionLine;
  if (tool === 'buildkit' && line <= directiveLines(model)) tool = 'infra-coach';

  const existing = pragmas.find(
    (p) => p.tool === tool && p.token.range.start.line < findingLine && (tool !== 'hadolint' || p.token.range.start.line === instructionLine - 1),
  );
  if (existing) {
    if (existing.rules === 'all' || existing.rules.some((r) => r.toLowerCase() === id.toLowerCase())) return undefined;
    const at = model.lines.positionAt(existing.token.start + existing.idsEnd);
    return { title, safe: false, edits: [{ range: { start: at, end: at }, newText: `,${id}` }] };
  }

  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const lead = model.text.slice(model.lines.lineStart(instructionLine), instruction.start);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  const at = { line, character: 0 };
  const comment = tool === 'hadolint' ? `# hadolint ignore=${id}` : tool === 'buildkit' ? `# check=skip=${id}` : `# infra-coach ignore=${id}`;
  return { title, safe: false, edits: [{ range: { start: at, end: at }, newText: indent + comment + eol }] };
}

/** The top-level instruction a range starts in, or whose comment block holds it. */
function instructionFor(model: Dockerfile, range: Range): Instruction | undefined {
  const line = range.start.line;
  for (const ins of model.instructions) {
    if (ins.range.start.line <= line && line <= ins.range.end.line) return ins;
    if (ins.comments.length > 0 && ins.comments[0].token.range.start.line <= line && line < ins.range.start.line) return ins;
  }
  return undefined;
}

/** Number of lines at the top of the file taken by parser directives (a `# check=` there applies to the whole file). */
function directiveLines(model: Dockerfile): number {
  let n = 0;
  for (const d of model.directives) {
    if (d.token.range.start.line !== n) break;
    n++;
  }
  return n;
}
