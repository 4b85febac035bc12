/** The CLI lints each file once: one parse per file, shared with the cross-file index, none kept after the run. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countDockerfileParses } from '../parseCounter';
import { cli, writeTree } from './helpers';

describe('infra-coach lint and the parse cache', () => {
  const parses = countDockerfileParses();
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-cache-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses each file once per run and keeps none for the next run', () => {
    writeTree(dir, { 'a/Dockerfile': 'FROM alpine:3.19\nCOPY missing.txt /\n', 'b/Dockerfile': 'FROM alpine:3.19\nRUN echo b\n' });
    cli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(parses.count, 2, 'the cross-file index read the lints’ parses');
    cli(['lint', '--format', 'json', '.'], { cwd: dir });
    assert.equal(parses.count, 4, 'the first run left no parse in the cache');
  });
});
