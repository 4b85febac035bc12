/**
 * The Node API (`dist/api.js`): the same functions the editor and the CLI call.
 * Lines and columns here are 1-based like the CLI's JSON; the engine itself is 0-based.
 */
import * as engine from './core/engine';
import type { EngineOptions, RuleInfo } from './core/engine';
import type { HoverResult, LintDiagnostic } from './core/types';

export interface FileOptions extends EngineOptions {
  fileName: string;
  language?: string;
}

/**
 * A one-shot lint: its parse is not kept for later calls unless `keepParse: true` is passed (see
 * `EngineOptions.keepParse`); `hover` and `explain` keep theirs, as an editor asks them again and again.
 */
export function lint(text: string, options: FileOptions): engine.LintResult {
  return engine.lint({ text, fileName: options.fileName, language: options.language }, { config: options.config, host: options.host, keepParse: options.keepParse ?? false });
}

/** `at` is 1-based, as an editor's status bar shows it. */
export function hover(text: string, options: FileOptions, at: { line: number; column: number }): HoverResult | null {
  return engine.hover({ text, fileName: options.fileName, language: options.language }, { line: at.line - 1, character: at.column - 1 }, options);
}

export function explain(text: string, options: FileOptions): string | null {
  return engine.explain({ text, fileName: options.fileName, language: options.language }, options);
}

export function rules(): RuleInfo[] {
  return engine.rules();
}

export { clearCaches } from './core/engine';
export { detectKind } from './core/fileKind';
export type { HoverResult, LintDiagnostic, RuleInfo };
