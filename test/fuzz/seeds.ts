/** The texts mutations start from: the shared corpus, the examples, and (by the runner) generated files. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KINDS, type FileKind } from '../../src/core/types';

export const REPO_ROOT = join(__dirname, '..', '..');
/** The corpus sits beside the checkout, shared by every working copy. */
export const CORPUS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus');

export interface Seed {
  name: string;
  text: string;
}

const EXAMPLES: Record<FileKind, string[]> = {
  dockerfile: ['examples/Dockerfile'],
  kubernetes: ['examples/deployment.yml'],
  compose: ['examples/compose.yaml'],
};

/** Seeds per kind; files over `maxBytes` are left out (the short unit run keeps to small files). */
export function loadSeeds(maxBytes = Infinity): Record<FileKind, Seed[]> {
  const out = {} as Record<FileKind, Seed[]>;
  for (const kind of FILE_KINDS) {
    const seeds: Seed[] = [];
    for (const rel of EXAMPLES[kind]) {
      const path = join(REPO_ROOT, rel);
      if (existsSync(path)) seeds.push({ name: rel, text: readFileSync(path, 'utf8') });
    }
    const dir = join(CORPUS_DIR, kind);
    if (existsSync(dir)) {
      for (const entry of readdirSync(dir).sort()) {
        const path = join(dir, entry);
        if (statSync(path).size <= maxBytes) seeds.push({ name: `corpus/${kind}/${entry}`, text: readFileSync(path, 'utf8') });
      }
    }
    out[kind] = seeds;
  }
  return out;
}
