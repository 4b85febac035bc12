/**
 * Quick-fix checks beyond the ruleTester's `output`: which fixes are offered and marked safe, that every edit
 * stays inside its finding's range, and that linting the fixed text no longer reports the rule.
 */
import * as assert from 'node:assert/strict';
import { defaultConfig } from '../../../../src/core/config';
import { lint } from '../../../../src/core/engine';
import { applyEdits, comparePositions } from '../../../../src/core/text';
import type { LintDiagnostic } from '../../../../src/core/types';

function findings(ruleId: string, code: string): LintDiagnostic[] {
  const config = defaultConfig();
  config.rules[ruleId] = 'warning';
  return lint({ text: code, fileName: 'Dockerfile' }, { config }).diagnostics.filter((d) => d.rule === ruleId);
}

export interface FixExpectation {
  name: string;
  code: string;
  /** `safe` flag of each offered fix, in order. */
  safe: boolean[];
}

export function describeFixes(ruleId: string, cases: FixExpectation[]): void {
  describe(`${ruleId} quick fixes`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const [finding, ...rest] = findings(ruleId, c.code);
        assert.ok(finding, `expected a ${ruleId} finding`);
        assert.equal(rest.length, 0, 'one finding per case');
        assert.deepEqual(finding.fixes.map((f) => f.safe), c.safe, 'offered fixes and their safe flags');
        for (const fix of finding.fixes) {
          for (const edit of fix.edits) {
            assert.ok(comparePositions(finding.range.start, edit.range.start) <= 0 && comparePositions(edit.range.end, finding.range.end) <= 0, `"${fix.title}" edits outside its finding`);
          }
          const fixed = applyEdits(c.code, fix.edits);
          assert.deepEqual(findings(ruleId, fixed).map((d) => d.message), [], `after "${fix.title}":\n${fixed}`);
        }
      });
    }
  });
}
