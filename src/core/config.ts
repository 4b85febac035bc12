import type { FileKind, Severity, SeveritySetting } from './types';
import type { RuleMeta } from './rule';

/** Everything that changes what the engine reports, after settings and config files are merged. */
export interface EffectiveConfig {
  /** Rule id or peer alias (any case) to a severity or `off`. */
  rules: Record<string, SeveritySetting>;
  enable: Record<FileKind, boolean>;
  /** Bytes; a larger file gets syntax checks only. */
  maxFileSize: number;
  dockerfile: {
    trustedRegistries: string[];
    /** hadolint's label-schema: label name to type (text, url, semver, hash, rfc3339, spdx, email). */
    labelSchema: Record<string, string>;
    strictLabels: boolean;
    /** Build context folder, relative to the Dockerfile's folder or absolute. */
    buildContext?: string;
  };
  kubernetes: {
    /** Kubernetes minor version the manifests target, e.g. "1.30"; decides deprecation findings. */
    targetVersion?: string;
  };
  /** Lowest severity that fails a CLI run (hadolint's `failure-threshold`); the CLI's flag overrides it. */
  failureThreshold?: Severity;
}

export function defaultConfig(): EffectiveConfig {
  return {
    rules: {},
    enable: { dockerfile: true, kubernetes: true, compose: true },
    maxFileSize: 5_000_000,
    dockerfile: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    kubernetes: {},
  };
}

/**
 * The severity a rule reports with, or `off`. Ids and aliases match case-insensitively; an exact-case
 * key wins, otherwise the first matching key in the settings' order. Every rule asks this on every
 * lint, so answers are remembered per `rules` object: a config is read-only once it is linted with.
 */
export function severityFor(meta: RuleMeta, config: EffectiveConfig): SeveritySetting {
  const table = settingsTable(config.rules);
  if (table.exact.size === 0) return meta.enabledByDefault ? meta.severity : 'off';
  let resolved = table.resolved.get(meta);
  if (resolved === undefined) {
    resolved = lookupRuleSetting(table, meta.id, meta.aliases) ?? (meta.enabledByDefault ? meta.severity : 'off');
    table.resolved.set(meta, resolved);
  }
  return resolved;
}

interface SettingsTable {
  exact: Map<string, SeveritySetting>;
  /** Lower-cased key to its first setting and that key's position among the settings. */
  folded: Map<string, { value: SeveritySetting; order: number }>;
  resolved: WeakMap<RuleMeta, SeveritySetting>;
}

const settingsTables = new WeakMap<Record<string, SeveritySetting>, SettingsTable>();

function settingsTable(rules: Record<string, SeveritySetting>): SettingsTable {
  let table = settingsTables.get(rules);
  if (!table) {
    table = { exact: new Map(), folded: new Map(), resolved: new WeakMap() };
    let order = 0;
    for (const key of Object.keys(rules)) {
      const value = rules[key];
      table.exact.set(key, value);
      const lower = key.toLowerCase();
      if (!table.folded.has(lower)) table.folded.set(lower, { value, order });
      order++;
    }
    settingsTables.set(rules, table);
  }
  return table;
}

/** What the settings say about the rule `id` (or one of its aliases); undefined when they are silent. */
export function configuredSeverity(id: string, aliases: readonly string[], config: EffectiveConfig): SeveritySetting | undefined {
  const table = settingsTable(config.rules);
  return table.exact.size === 0 ? undefined : lookupRuleSetting(table, id, aliases);
}

function lookupRuleSetting(table: SettingsTable, id: string, aliases: readonly string[]): SeveritySetting | undefined {
  const exact = table.exact.get(id);
  if (exact !== undefined) return exact;
  for (const alias of aliases) {
    const hit = table.exact.get(alias);
    if (hit !== undefined) return hit;
  }
  let best = table.folded.get(id.toLowerCase());
  for (const alias of aliases) {
    const hit = table.folded.get(alias.toLowerCase());
    if (hit && (!best || hit.order < best.order)) best = hit;
  }
  return best?.value;
}

export function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'hint';
}

/** Read-only access to files beside the linted one (.dockerignore, .env, config files). */
export interface FileHost {
  readFile(path: string): string | undefined;
}

export const NO_FILES: FileHost = { readFile: () => undefined };
