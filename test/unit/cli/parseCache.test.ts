/** The CLI lints each file once: one parse per file, shared with the cross-file index, none kept after the run. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clearCaches } from '../../../src/core/engine';
import { languages } from '../../../src/core/languages';
import { cli, writeTree } from './helpers';

describe('infra-coach lint and the parse cache', () => {
  const support = languages.dockerfile;
  const parse = support.parse;
  let parses = 0;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-cache-'));
    clearCaches();
    parses = 0;
    support.parse = (text, fileName) => {
      parses++;
      return parse(text, fileName);
    };
  });

  afterEach(() => {
    support.parse = parse;
    clearCaches();
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses each file once per run and keeps none for the next run', () => {
    writeTree(dir, { 'a/Dockerfile': 'FROM alpine:3.19\nCOPY missing.txt /\n', 'b/Dockerfile': 'FROM alpine:3.19\nRUN echo b\n' });
    cli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(parses, 2, 'the cross-file index read the lints’ parses');
    cli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(parses, 4, 'the first run left no parse in the cache');
  });
});
