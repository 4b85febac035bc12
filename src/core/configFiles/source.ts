/**
 * What every configuration file reader produces: a patch on the effective configuration and the
 * problems found in the file, each with the file's path and the exact place.
 */
import type { EffectiveConfig } from '../config';
import type { FileKind, Range, Severity, SeveritySetting } from '../types';

export interface ConfigProblem {
  /** Path of the configuration file, as handed to the file host. */
  file: string;
  /** 0-based, end-exclusive, like every range of the engine. */
  range: Range;
  /** `error`: the file or a value was rejected and ignored; `warning`: something has no effect. */
  severity: 'error' | 'warning';
  message: string;
}

/** The part of the configuration one file sets; absent fields leave the configuration as it was. */
export interface ConfigPatch {
  rules?: Record<string, SeveritySetting>;
  dockerfile?: Partial<EffectiveConfig['dockerfile']>;
  failureThreshold?: Severity;
  kubernetes?: Partial<EffectiveConfig['kubernetes']>;
  enable?: Partial<Record<FileKind, boolean>>;
  maxFileSize?: number;
  /**
   * Settings that depend on the linted file's path (ignored paths, build-context mapping):
   * `.infra-coach.yaml` names paths relative to itself. `ignoredBy` says which pattern skips the file.
   */
  forFile?: (fileName: string) => { patch?: ConfigPatch; ignoredBy?: string };
}

export interface ConfigReadResult {
  patch: ConfigPatch;
  problems: ConfigProblem[];
}

export interface ReadOptions {
  /** Whether a rule id or alias exists; unknown ids in a config file are reported as warnings. */
  isKnownRule?: (id: string) => boolean;
}

/** One kind of configuration file: its names and how to read it. Nearest file of each source wins. */
export interface ConfigSource {
  /** Short name for messages: hadolint, infra-coach, kube-linter, dclint. */
  readonly tool: string;
  /** Names tried in each folder, in order; the first that exists is used. */
  readonly fileNames: readonly string[];
  read(text: string, path: string, options: ReadOptions): ConfigReadResult;
}

/** `path:line:column: message`, the form editors and terminals turn into links. */
export function formatConfigProblem(problem: ConfigProblem): string {
  const { line, character } = problem.range.start;
  return `${problem.file}:${line + 1}:${character + 1}: ${problem.severity}: ${problem.message}`;
}

/** Sets a rule's severity, replacing any spelling of the same id in another case. */
export function setRule(rules: Record<string, SeveritySetting>, id: string, setting: SeveritySetting): void {
  const lower = id.toLowerCase();
  for (const key of Object.keys(rules)) if (key !== id && key.toLowerCase() === lower) delete rules[key];
  rules[id] = setting;
}

/** A copy of `config` with `patch` on top: rule settings override, lists concatenate, scalars replace. */
export function applyPatch(config: EffectiveConfig, patch: ConfigPatch): EffectiveConfig {
  const rules = { ...config.rules };
  for (const [id, setting] of Object.entries(patch.rules ?? {})) setRule(rules, id, setting);
  const d = patch.dockerfile ?? {};
  const registries = [...config.dockerfile.trustedRegistries];
  for (const r of d.trustedRegistries ?? []) if (!registries.includes(r)) registries.push(r);
  const next: EffectiveConfig = {
    ...config,
    rules,
    enable: { ...config.enable },
    dockerfile: {
      ...config.dockerfile,
      trustedRegistries: registries,
      labelSchema: { ...config.dockerfile.labelSchema, ...(d.labelSchema ?? {}) },
      ...(d.strictLabels !== undefined ? { strictLabels: d.strictLabels } : {}),
      ...(d.buildContext !== undefined ? { buildContext: d.buildContext } : {}),
    },
    kubernetes: { ...config.kubernetes },
  };
  if (patch.failureThreshold) next.failureThreshold = patch.failureThreshold;
  if (patch.kubernetes) next.kubernetes = { ...next.kubernetes, ...patch.kubernetes };
  if (patch.enable) next.enable = { ...next.enable, ...patch.enable };
  if (patch.maxFileSize !== undefined) next.maxFileSize = patch.maxFileSize;
  return next;
}
