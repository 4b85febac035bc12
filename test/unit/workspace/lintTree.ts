/** Lints an in-memory folder tree as the CLI does: each file on its own, then the cross-file delta. */
import * as assert from 'node:assert/strict';
import { defaultConfig, type EffectiveConfig } from '../../../src/core/config';
import { lint } from '../../../src/core/engine';
import { WorkspaceIndex, withDelta } from '../../../src/core/workspace';
import type { LintDiagnostic } from '../../../src/core/types';

/** `tree` maps path → text; the result maps each linted path to its findings. */
export function lintTree(tree: Record<string, string>, config: EffectiveConfig = defaultConfig()): Record<string, LintDiagnostic[]> {
  const index = new WorkspaceIndex();
  const own: Record<string, LintDiagnostic[]> = {};
  for (const [fileName, text] of Object.entries(tree)) {
    const result = lint({ text, fileName }, { config });
    if (!result.kind) continue;
    own[fileName] = result.diagnostics;
    assert.equal(index.update({ text, fileName }), undefined);
  }
  const deltas = index.diagnose(() => config, { readFile: (p) => tree[p] });
  return Object.fromEntries(Object.entries(own).map(([f, d]) => [f, withDelta(d, deltas.get(f))]));
}

export const findingsOf = (found: Record<string, LintDiagnostic[]>, file: string, rule: string): LintDiagnostic[] => (found[file] ?? []).filter((d) => d.rule === rule);
