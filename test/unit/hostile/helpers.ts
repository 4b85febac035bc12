/** Shared checks for the hostile-file tests: nothing throws, every range is inside the text. */
import * as assert from 'node:assert/strict';
import { explain, hover, lint, type LintResult } from '../../../src/core/engine';
import { LineIndex } from '../../../src/core/text';
import type { FileKind } from '../../../src/core/types';
import { rangeProblem } from '../../fuzz/properties';

export const FILE_NAMES: Record<FileKind, string> = { dockerfile: 'Dockerfile', kubernetes: 'manifest.yaml', compose: 'compose.yaml' };

/** Lints, hovers at a few places and explains; asserts the answers stay inside the text. */
export function survive(kind: FileKind, text: string, options: { explain?: boolean } = {}): LintResult {
  const input = { text, fileName: `hostile/${FILE_NAMES[kind]}`, language: kind };
  const result = lint(input);
  assert.deepEqual(result.failures, [], 'no rule may throw');
  const lines = new LineIndex(text);
  for (const d of result.diagnostics) assert.equal(rangeProblem(lines, d.range), undefined, `${d.rule}: ${d.message}`);
  for (const line of [0, Math.floor(lines.lineCount / 2), lines.lineCount - 1]) {
    const h = hover(input, { line, character: 0 });
    if (h) assert.equal(rangeProblem(lines, h.range), undefined, 'hover range');
  }
  if (options.explain !== false) assert.equal(typeof explain(input), 'string');
  return result;
}

export function rulesOf(result: LintResult): string[] {
  return result.diagnostics.map((d) => d.rule);
}
