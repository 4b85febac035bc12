import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, type EffectiveConfig } from '../../../src/core/config';
import { clearCaches, lint } from '../../../src/core/engine';
import { kubernetesSupport } from '../../../src/core/kubernetes';
import type { LintDiagnostic } from '../../../src/core/types';

const GUESTBOOK = readFileSync(join(__dirname, 'fixtures', 'guestbook-all-in-one.yaml'), 'utf8');

function everyRuleOn(): EffectiveConfig {
  const config = defaultConfig();
  for (const r of kubernetesSupport.rules) config.rules[r.meta.id] = r.meta.severity;
  return config;
}

function show(ds: LintDiagnostic[]): string[] {
  return ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.rule} ${d.message} ${JSON.stringify(d.fixes)} ${JSON.stringify(d.related ?? [])}`);
}

/** What an edited file reports when linted after its previous version, and when linted from scratch. */
function incrementalAndFresh(before: string, after: string, config: EffectiveConfig): [string[], string[]] {
  clearCaches();
  lint({ text: before, fileName: 'all.yaml' }, { config });
  const incremental = show(lint({ text: after, fileName: 'all.yaml' }, { config }).diagnostics);
  clearCaches();
  return [incremental, show(lint({ text: after, fileName: 'all.yaml' }, { config }).diagnostics)];
}

describe('per-document findings remembered across edits', () => {
  const config = everyRuleOn();
  const firstDoc = GUESTBOOK.indexOf('---');

  it('lines added to the first document move the findings of the documents below', () => {
    const after = GUESTBOOK.slice(0, firstDoc) + '# a note\n# another\n' + GUESTBOOK.slice(firstDoc);
    const [incremental, fresh] = incrementalAndFresh(GUESTBOOK, after, config);
    assert.ok(fresh.length > 10, 'the fixture has findings to move');
    assert.deepEqual(incremental, fresh);
  });

  it('a value changed inside one document is re-checked there only, and matches a fresh lint', () => {
    const after = GUESTBOOK.replace('gb-redisslave:v1', 'gb-redisslave:latest');
    assert.notEqual(after, GUESTBOOK);
    const [incremental, fresh] = incrementalAndFresh(GUESTBOOK, after, config);
    assert.deepEqual(incremental, fresh);
    assert.ok(fresh.some((f) => / latest-tag /.test(f)), 'the edit produced a latest-tag finding');
  });

  it('a document deleted and the configuration changed give the same findings as a fresh lint', () => {
    const after = GUESTBOOK.slice(firstDoc + 4);
    assert.deepEqual(...incrementalAndFresh(GUESTBOOK, after, config));
    const quieter = everyRuleOn();
    quieter.rules['run-as-non-root'] = 'off';
    clearCaches();
    lint({ text: GUESTBOOK, fileName: 'all.yaml' }, { config });
    const again = show(lint({ text: GUESTBOOK, fileName: 'all.yaml' }, { config: quieter }).diagnostics);
    assert.ok(!again.some((f) => / run-as-non-root /.test(f)));
    assert.ok(again.some((f) => / no-read-only-root-fs /.test(f)));
  });
});
