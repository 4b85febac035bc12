import type { FileKind, Severity, SeveritySetting } from './types';
import type { Rule, RuleMeta } from './rule';

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
 * The configuration of a lint that names none: one object shared by all of them, frozen because every
 * caller reads it. A fresh `defaultConfig()` per lint gave each one a new `rules` object to key the
 * settings memo by (two Maps and a WeakMap entry per lint, ~5% of a two-line Dockerfile's lint).
 */
export const DEFAULT_CONFIG: EffectiveConfig = deepFreeze(defaultConfig());

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

/**
 * The severity a rule reports with, or `off`. Ids and aliases match case-insensitively; an exact-case
 * key wins, otherwise the first matching key in the settings' order. Answers are remembered for the
 * last `rules` object asked about (see `settingsTable`): a config is read-only once it is linted with.
 */
export function severityFor(meta: RuleMeta, config: EffectiveConfig): SeveritySetting {
  const table = settingsTable(config.rules);
  if (table === NO_SETTINGS) return meta.enabledByDefault ? meta.severity : 'off';
  let resolved = table.resolved.get(meta);
  if (resolved === undefined) {
    resolved = lookupRuleSetting(table, meta.id, meta.aliases) ?? (meta.enabledByDefault ? meta.severity : 'off');
    table.resolved.set(meta, resolved);
  }
  return resolved;
}

/** A rule a lint runs, with its severity. */
export interface PlannedRule<M> {
  rule: Rule<M>;
  severity: Severity;
}

/**
 * The rules of `rules` that the settings leave on, each with its severity, worked out once per settings
 * object and rule list: asking `severityFor` per rule per lint was 81 lookups a Dockerfile.
 */
export function plannedRules<M>(rules: readonly Rule<M>[], config: EffectiveConfig): readonly PlannedRule<M>[] {
  const table = settingsTable(config.rules);
  let plan = table.plans.get(rules as readonly Rule<unknown>[]) as PlannedRule<M>[] | undefined;
  if (!plan) {
    plan = [];
    for (const rule of rules) {
      const severity = severityFor(rule.meta, config);
      if (severity !== 'off') plan.push({ rule, severity });
    }
    table.plans.set(rules as readonly Rule<unknown>[], plan as PlannedRule<unknown>[]);
  }
  return plan;
}

interface SettingsTable {
  exact: Map<string, SeveritySetting>;
  /** Lower-cased key to its first setting and that key's position among the settings. */
  folded: Map<string, { value: SeveritySetting; order: number }>;
  resolved: Map<RuleMeta, SeveritySetting>;
  /** `plannedRules` per rule list. */
  plans: Map<readonly Rule<unknown>[], PlannedRule<unknown>[]>;
}

function emptyTable(): SettingsTable {
  return { exact: new Map(), folded: new Map(), resolved: new Map(), plans: new Map() };
}

/** The table of every `rules` object without keys, whoever made it: nothing to look up, one plan per rule list. */
const NO_SETTINGS = emptyTable();

/**
 * Only the last non-empty settings object's table is kept, not one per object in a WeakMap: a run lints
 * file after file with one config (the editor's for a folder) or with a fresh one per file (the CLI), and
 * a module-level WeakMap keyed by per-lint objects kept them alive through young-generation GCs.
 */
let lastRules: Record<string, SeveritySetting> | undefined;
let lastTable = NO_SETTINGS;

function settingsTable(rules: Record<string, SeveritySetting>): SettingsTable {
  if (rules === lastRules) return lastTable;
  if (rules === DEFAULT_CONFIG.rules || isEmpty(rules)) return NO_SETTINGS;
  const table = emptyTable();
  let order = 0;
  for (const key of Object.keys(rules)) {
    const value = rules[key];
    table.exact.set(key, value);
    const lower = key.toLowerCase();
    if (!table.folded.has(lower)) table.folded.set(lower, { value, order });
    order++;
  }
  lastRules = rules;
  lastTable = table;
  return table;
}

/** `Object.keys(rules).length === 0` without building the array of keys. */
function isEmpty(rules: Record<string, SeveritySetting>): boolean {
  for (const key in rules) if (Object.prototype.hasOwnProperty.call(rules, key)) return false;
  return true;
}

/** What the settings say about the rule `id` (or one of its aliases); undefined when they are silent. */
export function configuredSeverity(id: string, aliases: readonly string[], config: EffectiveConfig): SeveritySetting | undefined {
  const table = settingsTable(config.rules);
  return table === NO_SETTINGS ? undefined : lookupRuleSetting(table, id, aliases);
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
