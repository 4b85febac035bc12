/** Odd encodings and line endings: each reads like the clean file, with no crash. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../../../src/core/types';
import { rulesOf, survive } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
const EXAMPLES: Record<FileKind, string> = {
  dockerfile: readFileSync(join(ROOT, 'examples/Dockerfile'), 'utf8'),
  kubernetes: readFileSync(join(ROOT, 'examples/deployment.yml'), 'utf8'),
  compose: readFileSync(join(ROOT, 'examples/compose.yaml'), 'utf8'),
};

/** Findings as rule and line, the part that must not depend on encoding details. */
function findings(kind: FileKind, text: string): string[] {
  return survive(kind, text).diagnostics.map((d) => `${d.rule}@${d.range.start.line}`);
}

describe('hostile files: encodings and line endings', () => {
  for (const kind of Object.keys(EXAMPLES) as FileKind[]) {
    const clean = EXAMPLES[kind];
    const expected = findings(kind, clean);

    it(`${kind}: invalid UTF-8, decoded as the editor does (replacement characters), changes no finding`, () => {
      // A stray Latin-1 byte and a truncated multi-byte sequence inside a comment line.
      const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9, 0x20, 0xe2, 0x82, 0x0a]), Buffer.from(clean)]);
      const text = new TextDecoder('utf-8').decode(bytes);
      assert.ok(text.includes('\uFFFD'));
      const shifted = findings(kind, text).map((f) => f.replace(/@(\d+)$/, (_, n: string) => `@${Number(n) - 1}`));
      assert.deepEqual(shifted.filter((f) => !f.endsWith('@-1')), expected);
    });

    it(`${kind}: a byte-order mark changes no finding`, () => {
      assert.deepEqual(findings(kind, '\uFEFF' + clean), expected);
    });

    it(`${kind}: CRLF line endings change no finding`, () => {
      assert.deepEqual(findings(kind, clean.replace(/\n/g, '\r\n')), expected);
    });

    it(`${kind}: old Mac CR line endings change no finding`, () => {
      assert.deepEqual(findings(kind, clean.replace(/\n/g, '\r')), expected);
    });

    it(`${kind}: NUL bytes make one clear binary-file finding instead of pages of noise`, () => {
      const result = survive(kind, clean.slice(0, 40) + '\0\0\0' + clean.slice(40));
      assert.deepEqual(rulesOf(result), ['binary-file']);
      assert.match(result.diagnostics[0].message, /binary data/);
    });

    it(`${kind}: random binary content makes one clear finding`, () => {
      let noise = '';
      for (let i = 0; i < 100_000; i++) noise += String.fromCharCode((i * 7919 + (i >> 3)) % 256);
      const result = survive(kind, noise);
      assert.deepEqual(rulesOf(result), ['binary-file']);
    });
  }
});
