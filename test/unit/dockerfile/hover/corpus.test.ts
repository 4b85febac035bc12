import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, NO_FILES } from '../../../../src/core/config';
import { dockerfileHover } from '../../../../src/core/dockerfile/hover';
import type { Dockerfile, Instruction, Token } from '../../../../src/core/dockerfile/model';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import type { HoverResult } from '../../../../src/core/types';

// The shared corpus sits beside the clone: ../shared/corpus from the repository root.
const CORPUS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'dockerfile');
const context = { fileName: 'Dockerfile', config: defaultConfig(), host: NO_FILES };

interface Tally {
  total: number;
  covered: number;
  missing: string[];
}

const tally = (): Tally => ({ total: 0, covered: 0, missing: [] });

/** Hovers at the token's first character and checks the hover covers exactly that token. */
function expectHover(df: Dockerfile, token: Token, what: string, t: Tally): void {
  t.total++;
  const h = dockerfileHover(df, token.range.start, context);
  if (h && h.contents.length > 0 && JSON.stringify(h.range) === JSON.stringify(token.range)) t.covered++;
  else t.missing.push(`${what} ${JSON.stringify(token.text)}: ${h ? `range ${JSON.stringify(h.range)}` : 'no hover'}`);
}

/** A hover opens with a sentence and ends with a link to read more. */
function checkShape(h: HoverResult, where: string): void {
  const paragraphs = h.contents.trimEnd().split('\n\n');
  assert.ok(paragraphs[0].length > 10, `${where}: the hover does not open with a sentence:\n${h.contents}`);
  assert.match(paragraphs[paragraphs.length - 1], /\]\(https:\/\/[^)\s]+\)$/, `${where}: the hover does not end with a link:\n${h.contents}`);
}

describe('Dockerfile hover over the shared corpus', function () {
  if (!existsSync(CORPUS)) {
    it('needs ../shared/corpus/dockerfile beside the clone', function () {
      this.skip();
    });
    return;
  }
  const files = readdirSync(CORPUS).sort();
  const keywords = tally();
  const flags = tally();
  const mountOptions = tally();
  let hovered = 0;
  let shown = 0;

  before(function () {
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const df = parseDockerfile(text);
      const all: Instruction[] = df.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
      for (const ins of all) {
        const at = `${file}:${ins.keywordToken.range.start.line + 1}`;
        expectHover(df, ins.keywordToken, `${at} keyword`, keywords);
        for (const flag of ins.flags) expectHover(df, flag.nameToken, `${at} flag`, flags);
        for (const mount of ins.mounts ?? []) for (const option of mount.options) expectHover(df, option.keyToken, `${at} --mount option`, mountOptions);
      }
      // Every word of every line, as the benchmark hovers: never a throw, always a well-formed hover.
      const lines = text.split(/\r?\n/);
      for (let line = 0; line < lines.length; line++) {
        for (const m of lines[line].matchAll(/\S+/g)) {
          const where = `${file}:${line + 1}:${m.index + 1}`;
          let h: HoverResult | null;
          try {
            h = dockerfileHover(df, { line, character: m.index }, context);
          } catch (error) {
            throw new Error(`hover threw at ${where}: ${error instanceof Error ? error.stack : String(error)}`);
          }
          hovered++;
          if (!h) continue;
          shown++;
          checkShape(h, where);
          const r = h.range;
          assert.ok(r.start.line < line || (r.start.line === line && r.start.character <= m.index), `${where}: the hover range starts after the position`);
          assert.ok(r.end.line > line || (r.end.line === line && r.end.character > m.index), `${where}: the hover range ends before the position`);
        }
      }
    }
  });

  it('hovers every word of every file without throwing', () => {
    assert.ok(files.length >= 400, `expected the 400 corpus files, found ${files.length}`);
    assert.ok(hovered > 100_000, `only ${hovered} positions hovered`);
    assert.ok(shown > 5_000, `only ${shown} hovers shown`);
  });

  it('has a hover on every instruction keyword', () => {
    assert.ok(keywords.total > 5000, `only ${keywords.total} keywords`);
    assert.deepEqual(keywords.missing.slice(0, 20), []);
    assert.equal(keywords.covered, keywords.total);
  });

  it('has a hover on every flag', () => {
    assert.ok(flags.total > 500, `only ${flags.total} flags`);
    assert.deepEqual(flags.missing.slice(0, 20), []);
    assert.equal(flags.covered, flags.total);
  });

  it('has a hover on every --mount option', () => {
    assert.ok(mountOptions.total > 300, `only ${mountOptions.total} mount options`);
    assert.deepEqual(mountOptions.missing.slice(0, 20), []);
    assert.equal(mountOptions.covered, mountOptions.total);
  });
});
