/** The engine's FileHost on Node: files beside the linted one (.dockerignore, .env, peer config files). */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { FileHost } from '../core/config';

/** Neighbour files are small config files; anything larger is not one of them. */
const MAX_NEIGHBOUR_BYTES = 1_000_000;

/** Relative paths resolve against `baseDir`, the linted file's folder. Unreadable files read as absent. */
export function nodeFileHost(baseDir: string): FileHost {
  return {
    readFile(file: string): string | undefined {
      const full = path.resolve(baseDir, file);
      try {
        const stat = statSync(full);
        if (!stat.isFile() || stat.size > MAX_NEIGHBOUR_BYTES) return undefined;
        return readFileSync(full, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}
