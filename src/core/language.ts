import type { EffectiveConfig, FileHost } from './config';
import type { Rule, RuleMeta } from './rule';
import type { Suppression } from './suppression';
import type { FileKind, Fix, HoverResult, LintDiagnostic, Position } from './types';

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
  /** Ids the parser reports syntax errors under, so they are listed, documented and configurable like rules. */
  readonly syntaxChecks: readonly RuleMeta[];
  readonly rules: readonly Rule<M>[];
  suppressions(model: M): Suppression[];
  /** The fix that adds this kind's inline ignore comment for one finding (merging into an existing one). */
  ignoreFix(model: M, diagnostic: LintDiagnostic): Fix | undefined;
  hover(model: M, position: Position, context: LanguageContext): HoverResult | null;
  /** A Markdown narrative of the file: what it builds or runs and how the parts connect. */
  explain(model: M, diagnostics: LintDiagnostic[], context: LanguageContext): string;
  /** Drops caches kept beyond the engine's parse cache (per-document parses, loaded schemas). */
  clearCache?(): void;
}
