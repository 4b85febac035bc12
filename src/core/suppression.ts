import type { LintDiagnostic, Range } from './types';

/** One inline or file-level suppression found in a document. */
export interface Suppression {
  /** Rule ids or aliases; `all` silences every rule in its scope. */
  rules: string[] | 'all';
  /** 0-based lines, inclusive, whose findings it covers (a diagnostic counts by its start line). */
  fromLine: number;
  toLine: number;
  /** The comment or annotation itself, for the "unused suppression" hint. */
  range: Range;
  /** Which syntax it came from: infra-coach, hadolint, buildkit, kube-linter, dclint. */
  source: string;
}

export const UNUSED_SUPPRESSION_RULE = 'unused-suppression';

function matches(s: Suppression, d: LintDiagnostic): boolean {
  if (d.range.start.line < s.fromLine || d.range.start.line > s.toLine) return false;
  if (s.rules === 'all') return true;
  for (const r of s.rules) {
    if (sameId(r, d.rule)) return true;
    for (const alias of d.aliases) if (sameId(r, alias)) return true;
  }
  return false;
}

function sameId(a: string, b: string): boolean {
  return a.length === b.length && (a === b || a.toLowerCase() === b.toLowerCase());
}

/** Drops suppressed findings and returns the suppressions that silenced nothing. */
export function applySuppressions(diagnostics: LintDiagnostic[], suppressions: Suppression[]): { kept: LintDiagnostic[]; unused: Suppression[] } {
  if (suppressions.length === 0) return { kept: diagnostics, unused: [] };
  const used = new Set<Suppression>();
  const kept = diagnostics.filter((d) => {
    let suppressed = false;
    for (const s of suppressions) {
      if (matches(s, d)) {
        used.add(s);
        suppressed = true;
      }
    }
    return !suppressed;
  });
  return { kept, unused: suppressions.filter((s) => !used.has(s)) };
}
