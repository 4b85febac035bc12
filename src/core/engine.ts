import { defaultConfig, severityFor, NO_FILES, type EffectiveConfig, type FileHost } from './config';
import { detectKind } from './fileKind';
import type { LanguageContext, LanguageSupport } from './language';
import { toDiagnostic, docsUrl, type Rule, type RuleMeta } from './rule';
import { applySuppressions, UNUSED_SUPPRESSION_RULE } from './suppression';
import type { DocumentInput, FileKind, Fix, HoverResult, LintDiagnostic, Position } from './types';
import { languages } from './languages';
import { BINARY_FILE, FILE_TOO_LARGE, binaryFileDiagnostic, fileTooLargeDiagnostic, looksBinary } from './inputLimits';

export interface EngineOptions {
  config?: EffectiveConfig;
  host?: FileHost;
}

export interface RuleFailure {
  rule: string;
  error: string;
}

export interface LintResult {
  /** Undefined when the file is of no kind Infra Coach reads; it was skipped. */
  kind: FileKind | undefined;
  diagnostics: LintDiagnostic[];
  /** Rules that threw; their findings are missing, the others still reported. */
  failures: RuleFailure[];
  /** True when the file was over the size limit and got syntax checks only. */
  limited: boolean;
}

interface Parsed {
  kind: FileKind;
  text: string;
  model: unknown;
}

/**
 * Parses are cached per file name and reused while the text is unchanged, so lint, hover,
 * fixes and explain share one parse per document version.
 */
const PARSE_CACHE_SIZE = 64;
const parseCache = new Map<string, Parsed>();

function parsed(input: DocumentInput): Parsed | undefined {
  const kind = detectKind(input.fileName, input.text, input.language);
  if (!kind) return undefined;
  const key = kind + '\0' + input.fileName;
  const hit = parseCache.get(key);
  if (hit && hit.text === input.text) {
    parseCache.delete(key);
    parseCache.set(key, hit);
    return hit;
  }
  const model = (languages[kind] as LanguageSupport<unknown>).parse(input.text, input.fileName);
  const entry = { kind, text: input.text, model };
  parseCache.set(key, entry);
  if (parseCache.size > PARSE_CACHE_SIZE) parseCache.delete(parseCache.keys().next().value as string);
  return entry;
}

function contextFor(input: DocumentInput, options: EngineOptions): LanguageContext {
  return { fileName: input.fileName, config: options.config ?? defaultConfig(), host: options.host ?? NO_FILES };
}

const unusedSuppressionMeta: RuleMeta = {
  id: UNUSED_SUPPRESSION_RULE,
  aliases: [],
  title: 'Suppression comment that suppresses nothing',
  severity: 'hint',
  appliesTo: 'any',
  fixable: true,
  enabledByDefault: true,
  summary: 'An ignore comment whose rules report nothing in its scope can be deleted.',
};

function runRules<M>(support: LanguageSupport<M>, model: M, context: LanguageContext, failures: RuleFailure[]): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const rule of support.rules as readonly Rule<M>[]) {
    const severity = severityFor(rule.meta, context.config);
    if (severity === 'off') continue;
    try {
      rule.check({
        model,
        fileName: context.fileName,
        config: context.config,
        host: context.host,
        report: (r) => out.push(toDiagnostic(rule.meta, severity, r)),
      });
    } catch (error) {
      failures.push({ rule: rule.meta.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return out;
}

export function lint(input: DocumentInput, options: EngineOptions = {}): LintResult {
  const context = contextFor(input, options);
  const binaryKind = looksBinary(input.text) ? detectKind(input.fileName, input.text, input.language) : undefined;
  const binarySeverity = severityFor(BINARY_FILE, context.config);
  // Binary content is never parsed: its "lines" would only yield pages of meaningless findings.
  if (binaryKind && context.config.enable[binaryKind] && binarySeverity !== 'off') return { kind: binaryKind, diagnostics: [binaryFileDiagnostic(binarySeverity)], failures: [], limited: false };
  const entry = parsed(input);
  if (!entry || !context.config.enable[entry.kind]) return { kind: entry?.kind, diagnostics: [], failures: [], limited: false };
  const support = languages[entry.kind] as LanguageSupport<unknown>;
  const failures: RuleFailure[] = [];
  const limited = input.text.length > context.config.maxFileSize;
  const syntax = support.syntaxDiagnostics(entry.model).filter((d) => applySeverity(d, context.config));
  const found = limited ? [] : runRules(support, entry.model, context, failures);
  const { kept, unused } = applySuppressions([...syntax, ...found], support.suppressions(entry.model));
  const unusedSeverity = severityFor(unusedSuppressionMeta, context.config);
  if (!limited && unusedSeverity !== 'off') {
    for (const s of unused) {
      const ids = s.rules === 'all' ? 'all rules' : s.rules.join(', ');
      kept.push(
        toDiagnostic(unusedSuppressionMeta, unusedSeverity, {
          range: s.range,
          message: `This ${s.source} suppression (${ids}) silences nothing here; remove it so real findings are not hidden later.`,
          tags: ['unnecessary'],
        }),
      );
    }
  }
  const tooLargeSeverity = severityFor(FILE_TOO_LARGE, context.config);
  if (limited && tooLargeSeverity !== 'off') kept.push(fileTooLargeDiagnostic(tooLargeSeverity, input.text.length, context.config.maxFileSize));
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  return { kind: entry.kind, diagnostics: kept, failures, limited };
}

/** Syntax diagnostics honour `rules` settings too (a user may turn one down), but never vanish by default. */
function applySeverity(d: LintDiagnostic, config: EffectiveConfig): boolean {
  const setting = severityFor({ ...unusedSuppressionMeta, id: d.rule, aliases: d.aliases, severity: d.severity }, config);
  if (setting === 'off') return false;
  d.severity = setting;
  return true;
}

export function hover(input: DocumentInput, position: Position, options: EngineOptions = {}): HoverResult | null {
  const entry = parsed(input);
  if (!entry) return null;
  const context = contextFor(input, options);
  if (!context.config.enable[entry.kind]) return null;
  return (languages[entry.kind] as LanguageSupport<unknown>).hover(entry.model, position, context);
}

export function explain(input: DocumentInput, options: EngineOptions = {}): string | null {
  const entry = parsed(input);
  if (!entry) return null;
  const context = contextFor(input, options);
  const result = lint(input, options);
  return (languages[entry.kind] as LanguageSupport<unknown>).explain(entry.model, result.diagnostics, context);
}

export interface RuleInfo extends RuleMeta {
  docs: string;
}

export function rules(): RuleInfo[] {
  const all: RuleInfo[] = [unusedSuppressionMeta, BINARY_FILE, FILE_TOO_LARGE].map((meta) => ({ ...meta, docs: docsUrl(meta.id) }));
  for (const support of Object.values(languages)) {
    for (const meta of support.syntaxChecks) all.push({ ...meta, docs: docsUrl(meta.id) });
    for (const rule of support.rules) all.push({ ...rule.meta, docs: docsUrl(rule.meta.id) });
  }
  return all;
}

/** Forgets every cached parse; for benchmarks that measure a first lint, and hosts that free memory. */
export function clearCaches(): void {
  parseCache.clear();
  for (const support of Object.values(languages)) support.clearCache?.();
}

/** The inline-ignore fix for a finding, for the editor's "Ignore <ID> for this instruction" action. */
export function ignoreFix(input: DocumentInput, diagnostic: LintDiagnostic): Fix | undefined {
  const entry = parsed(input);
  if (!entry) return undefined;
  return (languages[entry.kind] as LanguageSupport<unknown>).ignoreFix(entry.model, diagnostic);
}

export { detectKind };
