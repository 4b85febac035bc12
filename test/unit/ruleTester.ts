/**
 * Table-driven rule tests: every rule's test file calls `ruleTester` with valid and invalid cases.
 * Positions in the tables are 1-based and end-exclusive, as in the CLI's JSON output.
 */
import * as assert from 'node:assert/strict';
import { defaultConfig, type EffectiveConfig, type FileHost } from '../../src/core/config';
import { lint, rules } from '../../src/core/engine';
import { applyEdits } from '../../src/core/text';
import type { FileKind, LintDiagnostic } from '../../src/core/types';

const DEFAULT_FILE: Record<FileKind, string> = {
  dockerfile: 'Dockerfile',
  kubernetes: 'deployment.yaml',
  compose: 'compose.yaml',
};

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring or pattern the message must match. */
  message?: string | RegExp;
}

export interface CaseOptions {
  fileName?: string;
  /** Tweaks to the default config (the rule under test is always switched on). */
  config?: (config: EffectiveConfig) => void;
  host?: FileHost;
}

export interface ValidCase extends CaseOptions {
  code: string;
  name?: string;
}

export interface InvalidCase extends CaseOptions {
  code: string;
  name?: string;
  errors: ExpectedFinding[];
  /** Text after applying the first fix of every finding of this rule; `null` asserts there is no fix. */
  output?: string | null;
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

function run(ruleId: string, kind: FileKind, c: CaseOptions & { code: string }): LintDiagnostic[] {
  const meta = rules().find((r) => r.id === ruleId);
  assert.ok(meta, `rule ${ruleId} is not registered`);
  const config = defaultConfig();
  config.rules[ruleId] = meta.severity;
  c.config?.(config);
  const result = lint({ text: c.code, fileName: c.fileName ?? DEFAULT_FILE[kind] }, { config, host: c.host });
  assert.deepEqual(result.failures, [], `rules threw: ${JSON.stringify(result.failures)}`);
  return result.diagnostics.filter((d) => d.rule === ruleId);
}

function describeFinding(d: LintDiagnostic): string {
  const r = d.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${d.message}`;
}

export function ruleTester(ruleId: string, kind: FileKind, cases: RuleCases): void {
  describe(ruleId, () => {
    assert.ok(cases.valid.length > 0 && cases.invalid.length > 0, `${ruleId} needs valid and invalid cases`);
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = run(ruleId, kind, c);
        assert.deepEqual(found.map(describeFinding), [], `expected no ${ruleId} finding in:\n${c.code}`);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = run(ruleId, kind, c);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${found.map(describeFinding).join('\n')}\nin:\n${c.code}`);
        c.errors.forEach((e, j) => {
          const d = found[j];
          assert.equal(d.range.start.line + 1, e.line, `line of finding ${j + 1}: ${describeFinding(d)}`);
          assert.equal(d.range.start.character + 1, e.column, `column of finding ${j + 1}: ${describeFinding(d)}`);
          if (e.endLine !== undefined) assert.equal(d.range.end.line + 1, e.endLine, `end line of finding ${j + 1}: ${describeFinding(d)}`);
          if (e.endColumn !== undefined) assert.equal(d.range.end.character + 1, e.endColumn, `end column of finding ${j + 1}: ${describeFinding(d)}`);
          if (typeof e.message === 'string') assert.ok(d.message.includes(e.message), `message "${d.message}" lacks "${e.message}"`);
          else if (e.message) assert.match(d.message, e.message);
        });
        if (c.output === null) {
          assert.ok(found.every((d) => d.fixes.length === 0), 'expected no fix');
        } else if (c.output !== undefined) {
          const edits = found.flatMap((d) => (d.fixes[0] ? d.fixes[0].edits : []));
          assert.ok(edits.length > 0, 'expected a fix');
          assert.equal(applyEdits(c.code, edits), c.output);
        }
      });
    });
  });
}
