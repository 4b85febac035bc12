/**
 * A broken file can make a YAML parser report an error per character (an 18,000-character line of
 * quotes gave 9,000): past a point the list says nothing new, costs time to build and buries the first
 * errors, which usually caused the rest. The YAML models keep one error per line and this many in all.
 */
import type { LintDiagnostic } from './types';

export const MAX_SYNTAX_FINDINGS = 100;

/** The first findings, the last kept place holding a summary of the `hidden` ones from there on. */
export function capSyntaxFindings(found: LintDiagnostic[], summary: (hidden: number, at: LintDiagnostic) => LintDiagnostic, max = MAX_SYNTAX_FINDINGS): LintDiagnostic[] {
  if (found.length <= max) return found;
  const kept = found.slice(0, max - 1);
  kept.push(summary(found.length - kept.length, found[max - 1]));
  return kept;
}

export function moreSyntaxErrors(hidden: number): string {
  return `…and ${hidden} more YAML syntax error${hidden === 1 ? '' : 's'} from here on, not listed. Fix the ones above first: the later ones often follow from them.`;
}
