/**
 * The checks the Kubernetes parser reports itself: YAML that does not parse, and keys repeated in one
 * mapping (the API server keeps only one of them, silently; kubeconform's strict mode rejects them).
 */
import type { YAMLError } from 'yaml';
import { toDiagnostic, type RuleMeta } from '../rule';
import type { LineIndex } from '../text';
import type { LintDiagnostic } from '../types';

export const YAML_SYNTAX: RuleMeta = {
  id: 'yaml-syntax',
  aliases: [],
  title: 'Manifest is not valid YAML',
  severity: 'error',
  appliesTo: 'kubernetes',
  fixable: false,
  enabledByDefault: true,
  summary: 'kubectl refuses a manifest it cannot parse as YAML (bad indentation, an unclosed quote or bracket, a tab used for indentation); the document is not checked further until it parses.',
};

export const DUPLICATE_KEY: RuleMeta = {
  id: 'duplicate-key',
  aliases: [],
  title: 'Key repeated in the same mapping',
  severity: 'error',
  appliesTo: 'kubernetes',
  fixable: false,
  enabledByDefault: true,
  summary: 'When a key appears twice in one mapping, the later value wins and the earlier one is lost with at most a warning from the API server; keep one of them.',
};

export const kubernetesSyntaxChecks: readonly RuleMeta[] = [YAML_SYNTAX, DUPLICATE_KEY];

interface ModelText {
  text: string;
  lines: LineIndex;
}

/** Turns the parser's terse messages into ones that say what to do. */
function advice(error: YAMLError): string {
  const base = error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '').replace(/\.$/, '');
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return `${base}: YAML indentation must use spaces, not tabs.`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `${base}: a line below this value is indented deeper than its sibling keys. Align it with them, or nest it under a key that ends with ":".`;
    case 'BAD_INDENT':
      return `${base}. Check the indentation of this line against its parent key.`;
    case 'MISSING_CHAR':
      return `${base}. Close the quote or bracket that was opened before this point.`;
    default:
      return `${base}.`;
  }
}

export function syntaxDiagnostic(model: ModelText, error: YAMLError): LintDiagnostic {
  const [start, rawEnd] = error.pos;
  const end = Math.max(rawEnd, Math.min(start + 1, lineEndAt(model, start)));
  return toDiagnostic(YAML_SYNTAX, YAML_SYNTAX.severity, { range: model.lines.range(start, end), message: advice(error) });
}

/** The parser points at the first character of the repeated key; the diagnostic covers the whole key. */
export function duplicateKeyDiagnostic(model: ModelText, error: YAMLError): LintDiagnostic {
  const start = error.pos[0];
  const lineEnd = lineEndAt(model, start);
  const line = model.text.slice(start, lineEnd);
  const colon = /:(?=[ \t]|$)/.exec(line);
  const end = start + (colon ? colon.index : Math.max(1, error.pos[1] - start));
  const key = model.text.slice(start, end).trim();
  return toDiagnostic(DUPLICATE_KEY, DUPLICATE_KEY.severity, {
    range: model.lines.range(start, end),
    message: `Key ${JSON.stringify(key.replace(/^["']|["']$/g, ''))} is already set earlier in this mapping; the later value would silently replace the earlier one. Remove or rename one of them.`,
  });
}

function lineEndAt(model: ModelText, offset: number): number {
  return model.lines.lineEnd(model.lines.positionAt(offset).line);
}
