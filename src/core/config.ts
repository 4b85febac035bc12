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

/** The severity a rule reports with, or `off`. Ids and aliases match case-insensitively. */
export function severityFor(meta: RuleMeta, config: EffectiveConfig): SeveritySetting {
  const configured = lookupRuleSetting(config.rules, [meta.id, ...meta.aliases]);
  if (configured) return configured;
  return meta.enabledByDefault ? meta.severity : 'off';
}

function lookupRuleSetting(rules: Record<string, SeveritySetting>, ids: string[]): SeveritySetting | undefined {
  for (const id of ids) {
    if (Object.prototype.hasOwnProperty.call(rules, id)) return rules[id];
  }
  const lower = new Set(ids.map((id) => id.toLowerCase()));
  for (const [key, value] of Object.entries(rules)) {
    if (lower.has(key.toLowerCase())) return value;
  }
  return undefined;
}

export function isSeverity(value: unknown): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'hint';
}

/** Read-only access to files beside the linted one (.dockerignore, .env, config files). */
export interface FileHost {
  readFile(path: string): string | undefined;
}

export const NO_FILES: FileHost = { readFile: () => undefined };
