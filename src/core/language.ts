import type { EffectiveConfig, FileHost } from './config';
import type { Rule } from './rule';
import type { Suppression } from './suppression';
import type { FileKind, HoverResult, LintDiagnostic, Position } from './types';

export interface LanguageContext {
  fileName: string;
  config: EffectiveConfig;
  host: FileHost;
}

/** What one file kind plugs into the engine. The model is parsed once per text and shared. */
export interface LanguageSupport<M> {
  readonly kind: FileKind;
  parse(text: string, fileName: string): M;
  /** Problems found while parsing (always reported, as `error` unless configured otherwise). */
  syntaxDiagnostics(model: M): LintDiagnostic[];
  readonly rules: readonly Rule<M>[];
  suppressions(model: M): Suppression[];
  hover(model: M, position: Position, context: LanguageContext): HoverResult | null;
  /** A Markdown narrative of the file: what it builds or runs and how the parts connect. */
  explain(model: M, diagnostics: LintDiagnostic[], context: LanguageContext): string;
}
