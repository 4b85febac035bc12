import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dockerfile, Instruction, Token } from '../../../../src/core/dockerfile/model';
import { parseDockerfile } from '../../../../src/core/dockerfile/parser';
import type { Range } from '../../../../src/core/types';

// The shared corpus sits beside the clone (CI checks it out as ../shared).
const CORPUS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'dockerfile');

function checkRange(df: Dockerfile, range: Range, what: string): void {
  const last = df.lines.positionAt(df.text.length);
  const inside = (p: Range['start']) =>
    p.line >= 0 && p.character >= 0 && (p.line < last.line || (p.line === last.line && p.character <= last.character)) && p.character <= df.lines.lineText(p.line).length;
  assert.ok(inside(range.start) && inside(range.end), `${what}: ${JSON.stringify(range)} is outside the document`);
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: range ends before it starts`);
}

function checkToken(df: Dockerfile, token: Token | undefined, what: string): void {
  if (!token) return;
  assert.ok(token.start >= 0 && token.start <= token.end && token.end <= df.text.length, `${what}: offsets ${token.start}-${token.end}`);
  checkRange(df, token.range, what);
}

function checkInstruction(df: Dockerfile, ins: Instruction, file: string): void {
  const at = `${file}:${ins.range.start.line + 1} ${ins.keyword}`;
  checkRange(df, ins.range, at);
  checkToken(df, ins.keywordToken, at);
  if (ins.argsRange) checkRange(df, ins.argsRange, at + ' args');
  for (const f of ins.flags) [f.token, f.nameToken, f.value].forEach((t) => checkToken(df, t, `${at} --${f.name}`));
  for (const m of ins.mounts ?? []) for (const o of m.options) [o.keyToken, o.value].forEach((t) => checkToken(df, t, `${at} mount ${o.key}`));
  for (const a of ins.args) checkToken(df, a, `${at} arg`);
  for (const p of ins.pairs ?? []) [p.key, p.value, p.token].forEach((t) => checkToken(df, t, `${at} pair`));
  for (const h of ins.heredocs) [h.marker, h.body, h.terminator].forEach((t) => checkToken(df, t, `${at} heredoc`));
  for (const v of df.variables(ins)) checkToken(df, v.token, `${at} $${v.name}`);
  for (const c of df.shell(ins)?.commands ?? []) {
    for (const w of [c.nameWord, ...c.args, ...c.assignments, ...c.wrappers]) {
      checkToken(df, w, `${at} command ${c.name}`);
      // Outside heredoc bodies, a shell word lies within its instruction.
      assert.ok(w.start >= ins.start && w.end <= ins.end, `${at}: word ${JSON.stringify(w.text)} lies outside its instruction`);
    }
  }
  if (ins.trigger) checkInstruction(df, ins.trigger, file);
}

describe('Dockerfile parser: the shared corpus', function () {
  if (!existsSync(CORPUS)) {
    it('needs ../shared/corpus/dockerfile beside the clone', function () {
      this.skip();
    });
    return;
  }
  const files = readdirSync(CORPUS).sort();

  it('has the corpus files', () => {
    assert.ok(files.length >= 400, `expected 400 corpus files, found ${files.length}`);
  });

  it('parses every file without throwing, with every range inside the document', () => {
    let instructions = 0;
    let commands = 0;
    for (const file of files) {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const df = parseDockerfile(text);
      for (const ins of df.instructions) {
        checkInstruction(df, ins, file);
        commands += df.shell(ins)?.commands.length ?? 0;
      }
      for (const s of df.stages) {
        checkToken(df, s.image.token, `${file} image`);
        for (const r of [s.image.registryRange, s.image.repositoryRange, s.image.tagRange, s.image.digestRange]) if (r) checkRange(df, r, `${file} image part`);
        checkToken(df, s.name, `${file} stage name`);
      }
      for (const d of [...df.directives]) [d.token, d.nameToken, d.valueToken].forEach((t) => checkToken(df, t, `${file} directive`));
      for (const c of df.comments) checkToken(df, c.token, `${file} comment`);
      for (const d of df.syntaxErrors) checkRange(df, d.range, `${file} ${d.rule}`);
      instructions += df.instructions.length;
    }
    assert.ok(instructions > 5000, `only ${instructions} instructions parsed`);
    assert.ok(commands > 5000, `only ${commands} shell commands found`);
  });

  it('reports no syntax errors on real Dockerfiles, only on BuildKit\'s deliberately odd parser test files', () => {
    const flagged = files.filter((f) => parseDockerfile(readFileSync(join(CORPUS, f), 'utf8')).syntaxErrors.length > 0);
    assert.deepEqual(flagged.filter((f) => !f.startsWith('moby__buildkit__frontend__dockerfile__parser__testfiles__')), []);
  });
});
