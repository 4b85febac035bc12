// Copies a representative subset of ../shared/corpus into bench/corpus (at most 3 MB) and records
// each file's source, commit and license. Deterministic: re-running picks the same files.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '..', '..', 'shared', 'corpus');
const out = join(here, 'corpus');
const LIMIT = 3 * 1024 * 1024;
const ARGO = 'argoproj__argo-cd__manifests__install.yaml';

const rows = readFileSync(join(shared, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => {
    const [folder, file, repo, commit, path, , bytes] = line.split('\t');
    return { folder, file, repo, commit, path, bytes: Number(bytes) };
  })
  .sort((a, b) => a.folder.localeCompare(b.folder) || a.file.localeCompare(b.file));

const licenses = new Map();
for (const line of readFileSync(join(shared, 'SOURCES.md'), 'utf8').split('\n')) {
  const m = /^\| \[([^\]]+)\]\([^)]*\) \| `[0-9a-f]+` \| ([^|]+?) \|/.exec(line);
  if (m) licenses.set(m[1], m[2].trim());
}

const picked = [];
const take = (row) => picked.push(row);
// Dockerfiles: every other file, so each project and the BuildKit parser fixtures are represented.
rows.filter((r) => r.folder === 'dockerfile').forEach((r, i) => i % 2 === 0 && take(r));
// Compose: all of them (200 KB); dclint is compared on the same set.
rows.filter((r) => r.folder === 'compose').forEach(take);
// Kubernetes: the 2 MB Argo CD manifest for the incremental-edit measurement, then small manifests.
const k8s = rows.filter((r) => r.folder === 'kubernetes');
take(k8s.find((r) => r.file === ARGO));
let total = picked.reduce((n, r) => n + r.bytes, 0);
for (const [i, r] of k8s.entries()) {
  if (r.file === ARGO || r.bytes > 40_000 || i % 2) continue;
  if (total + r.bytes > LIMIT - 20_000) break;
  take(r);
  total += r.bytes;
}

rmSync(out, { recursive: true, force: true });
for (const r of picked) {
  mkdirSync(join(out, r.folder), { recursive: true });
  copyFileSync(join(shared, r.folder, r.file), join(out, r.folder, r.file));
}
const lines = [
  '# Benchmark corpus',
  '',
  `A subset of the shared corpus (${picked.length} files, ${(picked.reduce((n, r) => n + r.bytes, 0) / 1048576).toFixed(2)} MB), copied byte for byte by \`bench/make-corpus.mjs\`.`,
  'Each file keeps its upstream license; Apache-2.0 and BSD files are redistributed under their notices.',
  '',
  '| file | repository | commit | path | license |',
  '|---|---|---|---|---|',
  ...picked.map((r) => `| ${r.folder}/${r.file} | ${r.repo} | ${r.commit.slice(0, 12)} | ${r.path} | ${licenses.get(r.repo) ?? 'see upstream'} |`),
  '',
];
writeFileSync(join(out, 'SOURCES.md'), lines.join('\n'));
console.log(`bench/corpus: ${picked.length} files, ${(picked.reduce((n, r) => n + r.bytes, 0) / 1048576).toFixed(2)} MB`);
