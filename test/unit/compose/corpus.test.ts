/**
 * Every Compose file of the shared corpus (150 real files) goes through lint, hover, explain and
 * the quick fixes without an exception, and each fix leaves a file that still parses and no longer
 * has the finding it fixed.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { explain, hover, lint } from '../../../src/core/engine';
import { applyEdits } from '../../../src/core/text';

const CORPUS = resolve(__dirname, '../../../../shared/corpus/compose');
const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('compose corpus', () => {
  it('has the 150 corpus files', () => {
    assert.equal(files.length, 150);
  });

  for (const name of files) {
    it(name, () => {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      // Corpus names are `owner__repo__path__file`; the file's own name (after the last `__`) tells
      // an override file such as `compose.prod.yaml` from a base file, as it would in the repository.
      const input = { text, fileName: join(CORPUS, name.split('__').pop() as string), language: 'dockercompose' };
      const result = lint(input);
      assert.equal(result.kind, 'compose');
      assert.deepEqual(result.failures, []);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const d of result.diagnostics) {
        assert.ok(d.range.start.line < lineCount && d.range.end.line < lineCount, `${d.rule} range outside the file`);
        assert.ok(d.range.start.line < d.range.end.line || d.range.start.character <= d.range.end.character, `${d.rule} range is reversed`);
      }
      // A hover on the first character of every line must not throw.
      for (let line = 0; line < lineCount; line++) {
        const indent = (text.split(/\r\n|\r|\n/)[line].match(/^\s*(?:- )?/) ?? [''])[0].length;
        hover(input, { line, character: indent });
      }
      assert.match(explain(input) ?? '', /^# Compose project/);

      const byRule = new Map<string, typeof result.diagnostics>();
      for (const d of result.diagnostics) if (d.fixes.length && d.rule !== 'unused-suppression') byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
      for (const [rule, found] of byRule) {
        const fixed = applyEdits(text, found.flatMap((d) => d.fixes[0].edits));
        const doc = parseDocument(fixed, { merge: true });
        assert.deepEqual(doc.errors.map((e) => e.message), [], `${rule} fix broke the YAML`);
        if (rule === 'compose-schema' || rule.startsWith('compose-undefined')) continue;
        const again = lint({ ...input, text: fixed }).diagnostics.filter((d) => d.rule === rule && d.fixes.length > 0);
        assert.equal(again.length, 0, `${rule} still reported after its fix:\n${again.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n')}`);
      }
    });
  }
});
