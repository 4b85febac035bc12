/**
 * Huge and pathological files: each ends (within the generous mocha timeout, never a timing assert)
 * with one clear diagnostic and no crash. Built in memory; nothing is written to disk.
 */
import * as assert from 'node:assert/strict';
import { explain, hover, ignoreFix, lint } from '../../../src/core/engine';
import type { FileKind } from '../../../src/core/types';
import { rulesOf, survive } from './helpers';


describe('hostile files: size', function () {
  this.timeout(600_000);

  it('a 50 MB Dockerfile (over twice the limit) is not parsed: one file-too-large finding, no hover, a short explanation', () => {
    const line = 'RUN apt-get update && apt-get install -y curl\n';
    // An unclosed quote: were the file parsed, its syntax check would report it.
    const text = 'FROM ubuntu\nRUN echo "unclosed\n' + line.repeat(Math.ceil(50_000_000 / line.length));
    const input = { text, fileName: 'hostile/Dockerfile' };
    const result = lint(input);
    assert.equal(result.limited, true);
    assert.deepEqual(result.failures, []);
    assert.deepEqual(rulesOf(result), ['file-too-large'], 'neither rules such as DL3008 nor syntax checks may run on it');
    assert.match(result.diagnostics[0].message, /50\.0 MB, more than 2× the 5\.0 MB size limit \(maxFileSize\), so it was not parsed/);
    assert.equal(hover(input, { line: 2, character: 5 }), null);
    assert.match(explain(input) ?? '', /did not read it/);
    assert.equal(ignoreFix(input, result.diagnostics[0]), undefined);
  });

  it('a 7 MB Dockerfile (between the limit and twice it) still gets its syntax checks', () => {
    const line = 'RUN apt-get update && apt-get install -y curl\n';
    const text = 'FROM ubuntu\nRUN echo "unclosed\n' + line.repeat(Math.ceil(7_000_000 / line.length));
    const result = lint({ text, fileName: 'hostile/Dockerfile' });
    assert.equal(result.limited, true);
    const rules = rulesOf(result);
    assert.ok(rules.includes('file-too-large') && rules.length >= 2, `expected a syntax finding besides file-too-large, got ${rules.join(', ')}`);
    assert.ok(!rules.includes('DL3008'), 'best-practice rules must not run over the limit');
    assert.match(result.diagnostics.find((d) => d.rule === 'file-too-large')?.message ?? '', /over the 5\.0 MB size limit \(maxFileSize\), so only syntax checks ran/);
  });

  it('a 100,000-line single RUN instruction', () => {
    const text = 'FROM alpine:3.20\nRUN echo start \\\n' + Array.from({ length: 100_000 }, (_, i) => `    && echo step${i} \\`).join('\n') + '\n    && true\n';
    const result = survive('dockerfile', text, { explain: false });
    assert.ok(result.diagnostics.length < 20, `one instruction should give a few findings, got ${result.diagnostics.length}`);
  });

  for (const kind of ['dockerfile', 'kubernetes', 'compose'] as FileKind[]) {
    it(`${kind}: a 1,000,000-character line`, () => {
      const long = 'x'.repeat(1_000_000);
      const text =
        kind === 'dockerfile'
          ? `FROM alpine:3.20\nRUN echo ${long}\n`
          : kind === 'kubernetes'
            ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: ${long}\n`
            : `services:\n  web:\n    image: nginx:1.27\n    command: ${long}\n`;
      const result = survive(kind, text);
      assert.ok(result.diagnostics.length < 20, `a long value should give a few findings, got ${result.diagnostics.length}`);
      assert.ok(result.diagnostics.every((d) => d.message.length < 2000), 'messages must not quote the whole line');
    });
  }
});

describe('hostile files: YAML bombs', function () {
  this.timeout(600_000);

  for (const kind of ['kubernetes', 'compose'] as const) {
    const head = kind === 'kubernetes' ? 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n' : 'services:\n  web:\n    image: nginx:1.27\n';

    const syntaxRule = kind === 'kubernetes' ? 'yaml-syntax' : 'compose-invalid-yaml';
    const tooDeep = (result: ReturnType<typeof survive>): void => {
      const messages = result.diagnostics.filter((d) => d.rule === syntaxRule).map((d) => d.message);
      assert.equal(messages.length, 1, `expected one ${syntaxRule} finding, got ${rulesOf(result).join(', ')}`);
      assert.match(messages[0], /nesting is too deep to analyse \(over 500 levels\)/);
      assert.ok(result.diagnostics.every((d) => !/call stack/i.test(d.message)), 'no stack overflow may reach the user');
    };

    it(`${kind}: flow collections nested 10,000 levels deep get one clear "too deep" finding`, () => {
      const text = head + 'deep: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
      const result = survive(kind, text);
      assert.ok(result.diagnostics.length >= 1 && result.diagnostics.length < 10, `expected one clear finding, got ${rulesOf(result).join(', ')}`);
      tooDeep(result);
    });

    it(`${kind}: block mappings nested 2,000 levels deep (under the size limit) get one clear "too deep" finding`, () => {
      const text = head + 'deep:\n' + Array.from({ length: 2_000 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n') + ' end\n';
      tooDeep(survive(kind, text, { explain: false }));
    });

    it(`${kind}: block mappings nested 10,000 levels deep`, () => {
      const text = head + Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' end\n';
      const result = survive(kind, text, { explain: false });
      assert.ok(result.diagnostics.length < 10, `expected at most a few findings, got ${rulesOf(result).join(', ')}`);
    });

    it(`${kind}: a "billion laughs" alias bomb is not expanded`, () => {
      const levels = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (let i = 1; i < 10; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
      const text = head + levels.map((l) => (kind === 'kubernetes' ? '  ' + l.replace(/^l(\d): /, 'l$1: ') : 'x-' + l)).join('\n') + '\n';
      const result = survive(kind, text);
      assert.deepEqual(result.failures, []);
      assert.ok(result.diagnostics.length < 30, `expected a few findings, got ${result.diagnostics.length}`);
    });

    it(`${kind}: 10,000 documents in one file`, () => {
      const doc = kind === 'kubernetes' ? (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: v\n` : (i: number) => `services:\n  s${i}:\n    image: nginx:1.27\n`;
      const text = Array.from({ length: 10_000 }, (_, i) => doc(i)).join('---\n');
      const result = survive(kind, text, { explain: false });
      if (kind === 'compose') assert.ok(rulesOf(result).includes('compose-invalid-yaml'), 'Compose reads one document: the extra ones are a syntax error');
      assert.ok(result.diagnostics.length < 100, `expected a few findings, got ${result.diagnostics.length}: ${[...new Set(rulesOf(result))].join(', ')}`);
    });
  }
});

