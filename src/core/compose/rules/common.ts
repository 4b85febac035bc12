import { defineRule, type RuleContext } from '../../rule';
import type { RuleMeta } from '../../rule';
import type { Fix, TextEdit } from '../../types';
import type { Env } from '../interpolation';
import type { ComposeModel } from '../model';

export type ComposeContext = RuleContext<ComposeModel>;

/** Rules of this file kind: `appliesTo` is always compose. */
export function composeRule(meta: Omit<RuleMeta, 'aliases' | 'enabledByDefault' | 'appliesTo'> & Partial<RuleMeta>, check: (context: ComposeContext) => void) {
  return defineRule<ComposeModel>({ appliesTo: 'compose', ...meta }, check);
}

export function envOf(context: ComposeContext): Env {
  return context.model.env(context.host);
}

export function fix(title: string, edits: TextEdit | TextEdit[] | undefined, safe = true): Fix[] {
  if (!edits) return [];
  return [{ title, edits: Array.isArray(edits) ? edits : [edits], safe }];
}

// dclint sorts names with the default collation; a fixed locale keeps results the same everywhere,
// and one shared collator avoids building a new one on every comparison.
const collator = new Intl.Collator('en');

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
