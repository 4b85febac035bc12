/**
 * The configuration of each document, resolved exactly as the CLI resolves it: config files found
 * upward from the document (`.infra-coach.yaml` and the peers' files, through `resolveConfig`),
 * with the `infraCoach.*` settings on top.
 */
import * as vscode from 'vscode';
import { defaultConfig, type EffectiveConfig } from '../core/config';
import { resolveConfig, type ConfigPatch, type ConfigProblem, type ResolvedConfig } from '../core/configResolve';
import { SEVERITIES, FILE_KINDS, type FileKind, type SeveritySetting } from '../core/types';
import { applyPatch } from '../core/configFiles/source';
import { fileNameOf } from './documents';
import { editorConfigHost } from './fileHost';
import { limitForUntrusted } from './trust';

export const SECTION = 'infraCoach';
const DEFAULT_DEBOUNCE_MS = 200;

export type SettingsProblem = (message: string) => void;
/** A problem in a config file: the editor shows it once as a notification and logs it. */
export type ConfigFileProblem = (problem: ConfigProblem) => void;

/**
 * Settings are resolved per resource (a folder may turn rules off) and cached until a
 * configuration change, since every keystroke's lint asks for them.
 */
export class Settings implements vscode.Disposable {
  private readonly cache = new Map<string, ConfigPatch>();
  /** Resolved configuration per document; dropped when settings or any config file change. */
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly reported = new Set<string>();
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly onProblem: SettingsProblem,
    private readonly onConfigFileProblem: ConfigFileProblem = () => undefined,
  ) {
    this.listener = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.invalidate();
      }),
      // Trusting the workspace lifts the Restricted Mode limits of its config files.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  configFor(uri: vscode.Uri): EffectiveConfig {
    return this.resolve(uri).config;
  }

  /** The document's resolution, with the config files it depends on and whether one ignores it. */
  resolve(uri: vscode.Uri): ResolvedConfig {
    const key = uri.toString();
    let result = this.resolved.get(key);
    if (!result) {
      const overrides = this.settingsPatch(uri);
      const host = editorConfigHost(uri);
      result = host ? resolveConfig(fileNameOf(uri), host, defaultConfig(), undefined, overrides) : { config: withPatch(overrides), problems: [], files: [] };
      if (!vscode.workspace.isTrusted) result = limitForUntrusted(result, overrides);
      for (const problem of result.problems) this.configFileProblem(problem);
      this.resolved.set(key, result);
    }
    return result;
  }

  /** Forgets every resolution: a setting or a config file changed. */
  invalidate(): void {
    this.cache.clear();
    this.resolved.clear();
  }

  /** The settings of the document's folder, as a patch on top of the config files. */
  private settingsPatch(uri: vscode.Uri): ConfigPatch {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder ? folder.uri.toString() : uri.toString();
    let patch = this.cache.get(key);
    if (!patch) {
      patch = this.read(uri);
      this.cache.set(key, patch);
    }
    return patch;
  }

  private configFileProblem(problem: ConfigProblem): void {
    const key = `${problem.file}:${problem.range.start.line}:${problem.range.start.character}:${problem.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.onConfigFileProblem(problem);
  }

  debounceMs(): number {
    const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('debounceMs');
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, 5000) : DEFAULT_DEBOUNCE_MS;
  }

  private read(uri: vscode.Uri): ConfigPatch {
    const settings = vscode.workspace.getConfiguration(SECTION, uri);
    // Only what the user set differs from the defaults; unset settings leave the files' values alone.
    const config: { rules: Record<string, SeveritySetting>; enable: Partial<Record<FileKind, boolean>>; maxFileSize?: number } = { rules: {}, enable: {} };

    const rules = settings.get<unknown>('rules');
    if (isRecord(rules)) {
      for (const [id, value] of Object.entries(rules)) {
        if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) config.rules[id] = value as SeveritySetting;
        else this.problem(`infraCoach.rules.${id}`, `Ignoring setting infraCoach.rules.${id} = ${JSON.stringify(value)}: use one of ${SEVERITIES.join(', ')}.`);
      }
    }

    const enable = explicit(settings, 'enable');
    if (isRecord(enable)) {
      for (const kind of FILE_KINDS) {
        const value = enable[kind];
        if (typeof value === 'boolean') config.enable[kind] = value;
        else if (value !== undefined) this.problem(`infraCoach.enable.${kind}`, `Ignoring setting infraCoach.enable.${kind} = ${JSON.stringify(value)}: use true or false.`);
      }
    }

    const maxFileSize = explicit(settings, 'maxFileSize');
    if (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize >= 0) config.maxFileSize = maxFileSize;
    else if (maxFileSize !== undefined) this.problem('infraCoach.maxFileSize', `Ignoring setting infraCoach.maxFileSize = ${JSON.stringify(maxFileSize)}: use a number of bytes.`);

    return { rules: config.rules, enable: config.enable, ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}) };
  }

  /** Each bad value is reported once per session, not on every lint. */
  private problem(key: string, message: string): void {
    if (this.reported.has(key + message)) return;
    this.reported.add(key + message);
    this.onProblem(message);
  }

  dispose(): void {
    this.listener.dispose();
    this.invalidate();
  }
}

/** A setting's value only when the user (or workspace) set it, so defaults never mask a config file. */
function explicit(settings: vscode.WorkspaceConfiguration, key: string): unknown {
  const inspected = settings.inspect<unknown>(key);
  if (!inspected) return undefined;
  return inspected.workspaceFolderValue ?? inspected.workspaceValue ?? inspected.globalValue;
}

function withPatch(patch: ConfigPatch): EffectiveConfig {
  return applyPatch(defaultConfig(), patch);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
