/**
 * One configuration resolution for the editor and the CLI: starting from a base (defaults plus
 * settings or flags), each configuration source contributes its nearest file, looked up from the
 * linted file's folder upward to a root folder. Later sources override earlier ones, so a tool's
 * own file can later be appended to `CONFIG_SOURCES` and win over the peers' files.
 */
import { defaultConfig, type EffectiveConfig, type FileHost } from './config';
import { dclintConfigSource } from './configFiles/dclint';
import { hadolintConfigSource } from './configFiles/hadolint';
import { infraCoachConfigSource } from './configFiles/infraCoach';
import { kubeLinterConfigSource } from './configFiles/kubeLinter';
import { applyPatch, type ConfigPatch, type ConfigProblem, type ConfigReadResult, type ConfigSource, type ReadOptions } from './configFiles/source';
import { rules } from './engine';
import { WORKSPACE_RULES } from './workspace';
import { dirname, joinPath, pathKey } from './paths';

export type { ConfigPatch, ConfigProblem } from './configFiles/source';

export interface ConfigHost extends FileHost {
  /** Folder where the upward search stops (the workspace folder); without it, the file system root. */
  root?: string;
}

export interface ResolvedConfig {
  config: EffectiveConfig;
  /** Problems in the files read; their settings that were valid still apply. */
  problems: ConfigProblem[];
  /** Paths of the configuration files that were read, in source order; re-resolve when one of them changes. */
  files: string[];
  /** Set when an `ignore` pattern of a config file covers the linted file: which file and pattern. */
  ignoredBy?: string;
}

/**
 * Sources in increasing precedence. The peers' files set different rules (Dockerfile, Kubernetes,
 * Compose ids), so their order only matters for an id two of them name; Infra Coach's own file
 * goes last to win over all of them.
 */
export const CONFIG_SOURCES: readonly ConfigSource[] = [hadolintConfigSource, kubeLinterConfigSource, dclintConfigSource, infraCoachConfigSource];

/**
 * The configuration for `fileName`. Each source uses only its nearest file, as hadolint does;
 * files of one folder level do not merge with those further up.
 */
export function resolveConfig(
  fileName: string,
  host: ConfigHost,
  base: EffectiveConfig = defaultConfig(),
  sources: readonly ConfigSource[] = CONFIG_SOURCES,
  overrides?: ConfigPatch,
): ResolvedConfig {
  let config = base;
  const problems: ConfigProblem[] = [];
  const files: string[] = [];
  let ignoredBy: string | undefined;
  const options: ReadOptions = { isKnownRule };
  for (const source of sources) {
    const found = findNearest(fileName, host, source);
    if (!found) continue;
    files.push(found.path);
    problems.push(...found.shadowed);
    const { patch, problems: fileProblems } = readCached(source, found.path, found.text, options);
    problems.push(...fileProblems);
    config = applyPatch(config, patch);
    const perFile = patch.forFile?.(fileName);
    if (perFile?.patch) config = applyPatch(config, perFile.patch);
    if (perFile?.ignoredBy) ignoredBy = perFile.ignoredBy;
  }
  // Editor settings and command-line flags are the user's last word, over every file.
  if (overrides) config = applyPatch(config, overrides);
  return { config, problems, files, ...(ignoredBy ? { ignoredBy } : {}) };
}

/** The last result per file, reused while its text is unchanged: the editor re-resolves on every open and edit. */
const READ_CACHE_SIZE = 64;
const readCache = new Map<string, { text: string; result: ConfigReadResult }>();

function readCached(source: ConfigSource, path: string, text: string, options: ReadOptions): ConfigReadResult {
  const key = source.tool + '\0' + path;
  const hit = readCache.get(key);
  if (hit && hit.text === text) return hit.result;
  const result = source.read(text, path, options);
  readCache.delete(key);
  readCache.set(key, { text, result });
  if (readCache.size > READ_CACHE_SIZE) readCache.delete(readCache.keys().next().value as string);
  return result;
}

interface Found {
  path: string;
  text: string;
  /** A warning when another of the source's names sits in the same folder and is not used. */
  shadowed: ConfigProblem[];
}

function findNearest(fileName: string, host: ConfigHost, source: ConfigSource): Found | undefined {
  const stop = host.root !== undefined ? pathKey(host.root) : undefined;
  let folder = dirname(fileName);
  for (;;) {
    const hits: { path: string; text: string }[] = [];
    for (const name of source.fileNames) {
      const path = joinPath(folder, name);
      const text = host.readFile(path);
      if (text !== undefined) hits.push({ path, text });
    }
    if (hits.length > 0) {
      const [used, ...others] = hits;
      const shadowed = others.map((o) => ({
        file: o.path,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 'warning' as const,
        message: `Ignored because ${used.path} in the same folder takes precedence; merge the two ${source.tool} files into one.`,
      }));
      return { ...used, shadowed };
    }
    const key = pathKey(folder);
    if (stop !== undefined && key === stop) return undefined;
    const parent = dirname(folder);
    if (parent === folder || pathKey(parent) === key) return undefined;
    folder = parent;
  }
}

let knownIds: Set<string> | undefined;

function isKnownRule(id: string): boolean {
  if (!knownIds) {
    knownIds = new Set();
    for (const r of [...rules(), ...WORKSPACE_RULES]) for (const name of [r.id, ...r.aliases]) knownIds.add(name.toLowerCase());
  }
  return knownIds.has(id.toLowerCase());
}
