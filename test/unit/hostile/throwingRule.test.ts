/**
 * Isolation: a rule that throws loses only its own findings. The throwing rule is injected through
 * the engine's language table (the seam every kind plugs into), then the table is restored.
 */
import * as assert from 'node:assert/strict';
import { clearCaches, lint } from '../../../src/core/engine';
import type { LanguageSupport } from '../../../src/core/language';
import { languages } from '../../../src/core/languages';
import { defineRule, type Rule } from '../../../src/core/rule';
import type { FileKind } from '../../../src/core/types';

function throwing(id: string, kind: FileKind, error: unknown): Rule<unknown> {
  return defineRule<unknown>({ id, title: 'Throws on purpose', severity: 'warning', appliesTo: kind, fixable: false, summary: 'Test double.' }, ({ report }) => {
    report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'reported before throwing' });
    throw error;
  });
}

function withRules<T>(kind: FileKind, extra: Rule<unknown>[], run: () => T): T {
  const original = languages[kind];
  const support: LanguageSupport<unknown> = { ...original, rules: [extra[0], ...original.rules, ...extra.slice(1)] };
  languages[kind] = support;
  clearCaches();
  try {
    return run();
  } finally {
    languages[kind] = original;
    clearCaches();
  }
}

const CASES: Record<FileKind, { fileName: string; text: string; expected: string }> = {
  dockerfile: { fileName: 'Dockerfile', text: 'FROM node:latest\nMAINTAINER me\nRUN apt-get install -y curl\n', expected: 'DL4000' },
  kubernetes: {
    fileName: 'pod.yaml',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx:latest\n',
    expected: 'latest-tag',
  },
  compose: { fileName: 'compose.yaml', text: 'services:\n  web:\n    image: nginx:latest\n    privileged: true\n', expected: 'compose-privileged' },
};

describe('a rule that throws', () => {
  for (const [kind, c] of Object.entries(CASES) as [FileKind, (typeof CASES)[FileKind]][]) {
    it(`is caught in a ${kind} file while the other rules still report`, () => {
      const baseline = lint({ text: c.text, fileName: c.fileName });
      assert.deepEqual(baseline.failures, []);
      const result = withRules(kind, [throwing('test-throws-first', kind, new TypeError('boom')), throwing('test-throws-string', kind, 'not an Error')], () =>
        lint({ text: c.text, fileName: c.fileName }),
      );
      assert.deepEqual(
        result.failures.map((f) => f.rule),
        ['test-throws-first', 'test-throws-string'],
      );
      assert.match(result.failures[0].error, /TypeError: boom/);
      assert.match(result.failures[0].error, /throwingRule\.test\.ts/, 'the stack is kept for the log');
      assert.equal(result.failures[1].error, 'not an Error');
      const others = (r: typeof result): string[] => r.diagnostics.filter((d) => !d.rule.startsWith('test-')).map((d) => `${d.rule} ${d.range.start.line}:${d.range.start.character}`);
      assert.ok(others(baseline).some((d) => d.startsWith(c.expected)), `the sample should trigger ${c.expected}: ${others(baseline).join(', ')}`);
      assert.deepEqual(others(result), others(baseline), 'every other rule reports exactly as before');
    });
  }
});
