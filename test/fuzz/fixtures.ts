/**
 * Regression fixtures: every failing case the fuzzer finds is saved under test/fixtures/fuzz/<kind>/ as
 * the input file itself (`<name>.<ext>`), the text before the edit when the case needs it
 * (`<name>.before.<ext>`), and a note (`<name>.json`) saying what failed and whether it is fixed yet.
 * The unit test replays them all.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_KINDS, type FileKind } from '../../src/core/types';
import type { Violation } from './properties';
import { REPO_ROOT } from './seeds';

export const FIXTURE_DIR = join(REPO_ROOT, 'test', 'fixtures', 'fuzz');

const EXTENSIONS: Record<FileKind, string> = { dockerfile: 'Dockerfile', kubernetes: 'yaml', compose: 'yaml' };

export interface FixtureNote {
  /** `pending` until the defect is fixed; the replay then reports the case as pending, not failed. */
  status: 'pending' | 'fixed';
  /** Who the defect belongs to (the source file that misbehaves), for routing. */
  owner?: string;
  /** How the defect was fixed, once it is. */
  fixedBy?: string;
  /** `caseSeed` seeds the checker's own choices (hover positions, which fixes), so a replay repeats them. */
  found: { seed: number; iteration: number; caseSeed: number; from: string; mutations: string[] };
  violation: Violation;
}

export interface Fixture {
  kind: FileKind;
  name: string;
  text: string;
  before?: string;
  note: FixtureNote;
}

export function saveFixture(kind: FileKind, name: string, text: string, before: string | undefined, note: FixtureNote): string {
  const dir = join(FIXTURE_DIR, kind);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.${EXTENSIONS[kind]}`);
  writeFileSync(file, text);
  if (before !== undefined) writeFileSync(join(dir, `${name}.before.${EXTENSIONS[kind]}`), before);
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(note, null, 2) + '\n');
  return file;
}

export function fixtureExists(kind: FileKind, name: string): boolean {
  return existsSync(join(FIXTURE_DIR, kind, `${name}.json`));
}

export function fixtureStatus(kind: FileKind, name: string): FixtureNote['status'] {
  return (JSON.parse(readFileSync(join(FIXTURE_DIR, kind, `${name}.json`), 'utf8')) as FixtureNote).status;
}

export function loadFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const kind of FILE_KINDS) {
    const dir = join(FIXTURE_DIR, kind);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).sort()) {
      if (!entry.endsWith('.json')) continue;
      const name = entry.slice(0, -'.json'.length);
      const ext = EXTENSIONS[kind];
      const beforePath = join(dir, `${name}.before.${ext}`);
      out.push({
        kind,
        name,
        text: readFileSync(join(dir, `${name}.${ext}`), 'utf8'),
        ...(existsSync(beforePath) ? { before: readFileSync(beforePath, 'utf8') } : {}),
        note: JSON.parse(readFileSync(join(dir, entry), 'utf8')) as FixtureNote,
      });
    }
  }
  return out;
}
