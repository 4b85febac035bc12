/** Rule ids inside suppression comments and `# check=skip=`: where each id is, and what its rule checks. */
import { DOCS_BASE_URL, docsUrl, type RuleMeta } from '../../rule';
import { UNUSED_SUPPRESSION_RULE } from '../../suppression';
import { inlineCode } from '../../text';
import type { Range } from '../../types';
import type { Token } from '../model';
import { dockerfileSyntaxChecks } from '../parser';
import { dockerfileRules } from '../rules';
import { parsePragma, type PragmaScope, type PragmaTool } from '../suppressions';

export interface PragmaId {
  id: string;
  range: Range;
  scope: PragmaScope;
  tool: PragmaTool;
}

const LIST_START: Readonly<Record<PragmaTool, RegExp>> = {
  hadolint: /ignore[ \t]*=[ \t]*/,
  'infra-coach': /ignore(?:-file)?[ \t]*=[ \t]*/,
  buildkit: /skip[ \t]*=[ \t]*/,
};

/** The rule id under `offset` in a suppression comment or `check` directive, if any. */
export function pragmaIdAt(token: Token, offset: number): PragmaId | undefined {
  const rel = offset - token.start;
  if (rel < 0 || rel >= token.text.length) return undefined;
  const pragma = parsePragma(token.text);
  if (!pragma) return undefined;
  const m = LIST_START[pragma.tool].exec(token.text);
  if (!m) return undefined;
  let cursor = m.index + m[0].length;
  const ids = pragma.rules === 'all' ? ['all'] : pragma.rules;
  for (const id of ids) {
    const at = token.text.indexOf(id, cursor);
    if (at < 0) return undefined;
    cursor = at + id.length;
    if (rel >= at && rel < cursor) {
      const start = token.range.start;
      // Comments and directives are single lines, so columns follow from offsets.
      const range = { start: { line: start.line, character: start.character + at }, end: { line: start.line, character: start.character + cursor } };
      return { id, range, scope: pragma.scope, tool: pragma.tool };
    }
  }
  return undefined;
}

let byId: Map<string, RuleMeta> | undefined;

/** The metadata of a Dockerfile rule or syntax check, by its id or a peer tool's id (case-insensitive). */
export function ruleMeta(id: string): RuleMeta | undefined {
  if (!byId) {
    byId = new Map();
    const metas: RuleMeta[] = [...dockerfileSyntaxChecks, ...dockerfileRules.map((r) => r.meta)];
    for (const meta of metas) byId.set(meta.id.toLowerCase(), meta);
    // Peer ids second, so an id of our own always wins over an alias.
    for (const meta of metas) for (const alias of meta.aliases) if (!byId.has(alias.toLowerCase())) byId.set(alias.toLowerCase(), meta);
  }
  return byId.get(id.toLowerCase());
}

const SCOPE_TEXT: Readonly<Record<PragmaScope, string>> = {
  instruction: 'This comment silences it for the instruction that follows.',
  stage: 'This comment silences it to the end of the build stage.',
  file: 'This line silences it for the whole file.',
};

/** Markdown for a rule id written in a suppression. */
export function pragmaHover(id: string, scope: PragmaScope, tool: PragmaTool): string {
  if (id === 'all') {
    return `\`skip=all\` turns off every BuildKit build check, and Infra Coach's rules that share their names.\n\nPrefer naming the checks to skip, so new findings still show.\n\n[Dockerfile reference: check](https://docs.docker.com/reference/dockerfile/#check)`;
  }
  if (/^SC\d+$/i.test(id)) {
    const code = id.toUpperCase();
    return `${inlineCode(code)} is a ShellCheck warning about the shell script in a \`RUN\`; hadolint reports it, Infra Coach does not run ShellCheck and leaves this id alone.\n\n${SCOPE_TEXT[scope]}\n\n[ShellCheck wiki: ${code}](https://www.shellcheck.net/wiki/${code})`;
  }
  if (id.toLowerCase() === UNUSED_SUPPRESSION_RULE) {
    return `${inlineCode(UNUSED_SUPPRESSION_RULE)} reports ignore comments that silence nothing, so stale suppressions do not hide future findings.\n\n${SCOPE_TEXT[scope]}\n\n[Rule page: ${UNUSED_SUPPRESSION_RULE}](${docsUrl(UNUSED_SUPPRESSION_RULE)})`;
  }
  const meta = ruleMeta(id);
  if (!meta) {
    const owner = tool === 'buildkit' ? 'BuildKit check' : tool === 'hadolint' ? 'hadolint rule' : 'Infra Coach rule';
    return `${inlineCode(id)} is not a ${owner} Infra Coach knows, so this part of the comment has no effect here; check the spelling.\n\n[Infra Coach rules](${DOCS_BASE_URL}docs/rules/)`;
  }
  const parts = [`${inlineCode(meta.id)} checks: ${meta.summary}`];
  parts.push(`**${meta.title}**, default severity *${meta.severity}*${meta.enabledByDefault ? '' : ', off unless enabled'}.`);
  if (id.toLowerCase() !== meta.id.toLowerCase()) parts.push(`${inlineCode(id)} is another tool's name for ${inlineCode(meta.id)}.`);
  const others = meta.aliases.filter((x) => x.toLowerCase() !== id.toLowerCase());
  if (others.length) parts.push(`Peer tools call it ${others.map(inlineCode).join(', ')}.`);
  parts.push(SCOPE_TEXT[scope]);
  parts.push(`[Rule page: ${meta.id}](${docsUrl(meta.id)})`);
  return parts.join('\n\n');
}
