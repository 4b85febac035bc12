import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../src/core/engine';
import { languages } from '../../src/core/languages';

const ROOT = join(__dirname, '..', '..');

function testFiles(dir: string, out: Map<string, string> = new Map()): Map<string, string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) testFiles(path, out);
    else if (entry.endsWith('.test.ts')) out.set(entry.slice(0, -'.test.ts'.length), path);
  }
  return out;
}

describe('rule catalog', () => {
  const all = rules();
  const tests = testFiles(join(ROOT, 'test', 'unit'));
  const syntaxIds = new Set(Object.values(languages).flatMap((l) => l.syntaxChecks.map((m) => m.id)));

  it('has unique ids and aliases that do not shadow another rule id', () => {
    const ids = all.map((r) => r.id.toLowerCase());
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule ids');
    for (const r of all) for (const a of r.aliases) assert.ok(!ids.includes(a.toLowerCase()) || a.toLowerCase() === r.id.toLowerCase(), `${r.id}'s alias ${a} is another rule's id`);
  });

  it('documents every rule in docs/rules/<ID>.md with the required sections', () => {
    const missing = all.filter((r) => !existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`))).map((r) => r.id);
    assert.deepEqual(missing, [], 'rules without a doc page');
    for (const r of all) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      assert.ok(page.length > 200, `${r.id}.md is too thin to explain anything`);
      assert.match(page, new RegExp(r.id.replace(/[-.]/g, '\\$&')), `${r.id}.md does not name its rule`);
    }
  });

  it('gives every rule a test file with a valid/invalid case table', () => {
    const missing: string[] = [];
    for (const r of all) {
      if (syntaxIds.has(r.id)) continue;
      const file = tests.get(r.id);
      if (!file) {
        missing.push(r.id);
        continue;
      }
      const source = readFileSync(file, 'utf8');
      assert.match(source, /valid\s*:/, `${file} has no valid cases`);
      assert.match(source, /invalid\s*:/, `${file} has no invalid cases`);
    }
    assert.deepEqual(missing, [], 'rules without test/unit/**/<ID>.test.ts');
  });

  it('exercises every syntax check id in some unit test', () => {
    const sources = [...tests.values()].map((f) => readFileSync(f, 'utf8')).join('\n');
    const untested = [...syntaxIds].filter((id) => !sources.includes(`'${id}'`) && !sources.includes(`"${id}"`));
    assert.deepEqual(untested, [], 'syntax checks no test names');
  });

  it('has a one-sentence summary and a title for every rule', () => {
    for (const r of all) {
      assert.ok(r.title.length > 3, `${r.id} has no title`);
      assert.ok(r.summary.length > 10, `${r.id} has no summary`);
    }
  });
});
