/** Reads `infraCoach.*` settings per resource into the engine's EffectiveConfig. */
import * as vscode from 'vscode';
import { defaultConfig, type EffectiveConfig } from '../core/config';
import { SEVERITIES, FILE_KINDS, type SeveritySetting } from '../core/types';

export const SECTION = 'infraCoach';
const DEFAULT_DEBOUNCE_MS = 200;

export type SettingsProblem = (message: string) => void;

/**
 * Settings are resolved per resource (a folder may turn rules off) and cached until a
 * configuration change, since every keystroke's lint asks for them.
 */
export class Settings implements vscode.Disposable {
  private readonly cache = new Map<string, EffectiveConfig>();
  private readonly reported = new Set<string>();
  private readonly listener: vscode.Disposable;

  constructor(private readonly onProblem: SettingsProblem) {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) this.cache.clear();
    });
  }

  configFor(uri: vscode.Uri): EffectiveConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder ? folder.uri.toString() : uri.toString();
    let config = this.cache.get(key);
    if (!config) {
      config = this.read(uri);
      this.cache.set(key, config);
    }
    return config;
  }

  debounceMs(): number {
    const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('debounceMs');
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, 5000) : DEFAULT_DEBOUNCE_MS;
  }

  private read(uri: vscode.Uri): EffectiveConfig {
    const settings = vscode.workspace.getConfiguration(SECTION, uri);
    const config = defaultConfig();

    const rules = settings.get<unknown>('rules');
    if (isRecord(rules)) {
      for (const [id, value] of Object.entries(rules)) {
        if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) config.rules[id] = value as SeveritySetting;
        else this.problem(`infraCoach.rules.${id}`, `Ignoring setting infraCoach.rules.${id} = ${JSON.stringify(value)}: use one of ${SEVERITIES.join(', ')}.`);
      }
    }

    const enable = settings.get<unknown>('enable');
    if (isRecord(enable)) {
      for (const kind of FILE_KINDS) {
        const value = enable[kind];
        if (typeof value === 'boolean') config.enable[kind] = value;
        else if (value !== undefined) this.problem(`infraCoach.enable.${kind}`, `Ignoring setting infraCoach.enable.${kind} = ${JSON.stringify(value)}: use true or false.`);
      }
    }

    const maxFileSize = settings.get<unknown>('maxFileSize');
    if (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize >= 0) config.maxFileSize = maxFileSize;
    else if (maxFileSize !== undefined) this.problem('infraCoach.maxFileSize', `Ignoring setting infraCoach.maxFileSize = ${JSON.stringify(maxFileSize)}: use a number of bytes.`);

    return config;
  }

  /** Each bad value is reported once per session, not on every lint. */
  private problem(key: string, message: string): void {
    if (this.reported.has(key + message)) return;
    this.reported.add(key + message);
    this.onProblem(message);
  }

  dispose(): void {
    this.listener.dispose();
    this.cache.clear();
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
