// Lints every file below a corpus folder in this one process and prints its peak resident memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const api = createRequire(import.meta.url)(join(root, 'dist', 'api.js'));
const LANGUAGE = { dockerfile: 'dockerfile', compose: 'dockercompose', kubernetes: 'kubernetes' };
let files = 0;
for (const kind of Object.keys(LANGUAGE)) {
  let names = [];
  try {
    names = readdirSync(join(process.argv[2], kind));
  } catch {
    continue;
  }
  for (const name of names) {
    const path = join(process.argv[2], kind, name);
    if (!statSync(path).isFile()) continue;
    api.lint(readFileSync(path, 'utf8'), { fileName: name, language: LANGUAGE[kind] });
    files++;
  }
}
process.stdout.write(JSON.stringify({ files, peakMB: process.resourceUsage().maxRSS / 1024 }));
