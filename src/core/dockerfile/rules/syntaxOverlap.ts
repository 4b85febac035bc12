/**
 * Some hadolint rules describe problems that also fail the build, which the parser already reports as
 * syntax errors (an ONBUILD FROM, an instruction before FROM, port 70000). One finding per problem:
 * the rule stays quiet where an enabled syntax error already marks the same token.
 */
import { severityFor, type EffectiveConfig } from '../../config';
import type { RuleMeta } from '../../rule';
import type { Range } from '../../types';
import type { Dockerfile } from '../model';

const key = (range: Range): string => `${range.start.line}:${range.start.character}`;

/** Start positions of the syntax errors that will be shown with this configuration. */
export function syntaxErrorStarts(model: Dockerfile, config: EffectiveConfig): Set<string> {
  const out = new Set<string>();
  for (const d of model.syntaxErrors) {
    const meta: RuleMeta = { id: d.rule, aliases: d.aliases, severity: d.severity, title: '', summary: '', appliesTo: 'dockerfile', fixable: false, enabledByDefault: true };
    if (severityFor(meta, config) !== 'off') out.add(key(d.range));
  }
  return out;
}

export function startsAt(starts: Set<string>, range: Range): boolean {
  return starts.has(key(range));
}
