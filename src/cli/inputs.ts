/** Turns the paths on the command line (or stdin) into the files to read. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { kindFromName } from '../core/fileKind';
import { CONFIG_SOURCES } from '../core/configResolve';
import { UsageError } from './errors';

/** Folders a walk never enters: version control and installed dependencies. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const YAML = /\.ya?ml$/i;
/** Configuration files are read as configuration, never linted as manifests. */
const CONFIG_NAMES = new Set(CONFIG_SOURCES.flatMap((s) => s.fileNames));

export interface SourceFile {
  /** As shown in output: relative to the working directory when inside it. */
  path: string;
  /** Absolute, for the engine and for neighbour files. */
  absolute: string;
  text: string;
  /** The file started with a byte order mark (removed from `text`, restored when --fix writes). */
  bom?: boolean;
}

export function displayPath(absolute: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
  return shown.split(path.sep).join('/');
}

/**
 * Files named on the command line are read whatever their name (the engine reports unknown
 * kinds as skipped); inside folders only names the engine may read are collected.
 */
export function collectFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(arg);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or directory: ${arg}`);
    }
    if (stat.isDirectory()) walk(absolute, out);
    else out.push(absolute);
  }
  return [...new Set(out)];
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read folder ${displayPath(dir)}: ${reason(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && !CONFIG_NAMES.has(entry.name) && (kindFromName(entry.name) || YAML.test(entry.name))) {
      out.push(full);
    }
  }
}

export function readSource(absolute: string): SourceFile {
  try {
    const raw = readFileSync(absolute, 'utf8');
    return { path: displayPath(absolute), absolute, text: stripBom(raw), ...(raw.charCodeAt(0) === 0xfeff ? { bom: true } : {}) };
  } catch (error) {
    throw new UsageError(`cannot read ${displayPath(absolute)}: ${reason(error)}`);
  }
}

export function readStdin(fileName: string, read: () => string): SourceFile {
  try {
    return { path: fileName, absolute: path.resolve(fileName), text: stripBom(read()) };
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${reason(error)}`);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOENT') return 'no such file or directory';
  return error instanceof Error ? error.message : String(error);
}
