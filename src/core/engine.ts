import { configuredSeverity, defaultConfig, severityFor, NO_FILES, type EffectiveConfig, type FileHost } from './config';
import { detectKind } from './fileKind';
import type { LanguageContext, LanguageSupport } from './language';
import { toDiagnostic, docsUrl, type Report, type Rule, type RuleContext, type RuleMeta } from './rule';
import { applySuppressions, UNUSED_SUPPRESSION_RULE } from './suppression';
import type { DocumentInput, FileKind, Fix, HoverResult, LintDiagnostic, Position, Severity } from './types';
import { languages } from './languages';
import { BINARY_FILE, FILE_TOO_LARGE, binaryFileDiagnostic, fileTooLargeDiagnostic, looksBinary, overParseCeiling, tooLargeToExplain } from './inputLimits';

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
  /** Emptied when the entry leaves the cache (see `release`). */
  model: unknown;
}

/**
 * Parses are cached per file name and reused while the text is unchanged, so lint, hover,
 * fixes and explain share one parse per document version.
 */
const PARSE_CACHE_SIZE = 64;
const parseCache = new Map<string, Parsed>();

/**
 * Cuts an entry that leaves the cache loose from its model. The Map's old hash tables, dead but still
 * in the old generation, keep pointing at former entries until the next full GC; through them V8's
 * young-generation GC kept every recent model alive and promoted it. Measured on the 400 corpus
 * Dockerfiles: 55–67% of young objects survived each scavenge (10–20 ms pauses); parsing alone, 1%.
 */
function release(entry: Parsed | undefined): void {
  if (entry) entry.model = undefined;
}

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
  release(hit);
  // Lone CRs (old Mac line ends) break lines for the editor and LineIndex but not for the parsers; as LFs
  // they read the same everywhere, and with the length unchanged every offset and range still fits the text.
  const text = input.text.includes('\r') ? input.text.replace(/\r(?!\n)/g, '\n') : input.text;
  const model = (languages[kind] as LanguageSupport<unknown>).parse(text, input.fileName);
  const entry = { kind, text: input.text, model };
  parseCache.delete(key);
  parseCache.set(key, entry);
  if (parseCache.size > PARSE_CACHE_SIZE) {
    const oldest = parseCache.keys().next().value as string;
    release(parseCache.get(oldest));
    parseCache.delete(oldest);
  }
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

/**
 * One context serves every rule of a lint: `report` is bound once and files findings under the rule
 * now running, so the hot loop allocates nothing per rule.
 */
class RuleRun<M> implements RuleContext<M> {
  readonly out: LintDiagnostic[] = [];
  meta: RuleMeta = unusedSuppressionMeta;
  severity: Severity = 'hint';
  constructor(
    readonly model: M,
    readonly fileName: string,
    readonly config: EffectiveConfig,
    readonly host: FileHost,
  ) {}
  readonly report = (r: Report): void => {
    this.out.push(toDiagnostic(this.meta, this.severity, r));
  };
}

/** The rules a lint runs, each with its severity; rules set to `off` are not in the list at all. */
interface PlannedRule<M> {
  rule: Rule<M>;
  severity: Severity;
}

/**
 * Plans per settings object and rule list. A lint used to ask `severityFor` once per rule (81 lookups per
 * Dockerfile); settings are read-only once linted with, so the answer is worked out once per pair.
 */
const plans = new WeakMap<EffectiveConfig['rules'], Map<readonly Rule<unknown>[], PlannedRule<unknown>[]>>();
const DEFAULT_SETTINGS: EffectiveConfig['rules'] = {};

function planFor<M>(rules: readonly Rule<M>[], config: EffectiveConfig): readonly PlannedRule<M>[] {
  // Every lint without explicit settings builds a fresh default config: they all share one plan.
  const settings = Object.keys(config.rules).length === 0 ? DEFAULT_SETTINGS : config.rules;
  let byRules = plans.get(settings);
  if (!byRules) plans.set(settings, (byRules = new Map()));
  let plan = byRules.get(rules as readonly Rule<unknown>[]) as PlannedRule<M>[] | undefined;
  if (!plan) {
    plan = [];
    for (const rule of rules) {
      const severity = severityFor(rule.meta, config);
      if (severity !== 'off') plan.push({ rule, severity });
    }
    byRules.set(rules as readonly Rule<unknown>[], plan as PlannedRule<unknown>[]);
  }
  return plan;
}

function runRules<M>(support: LanguageSupport<M>, model: M, context: LanguageContext, failures: RuleFailure[]): LintDiagnostic[] {
  const run = new RuleRun(model, context.fileName, context.config, context.host);
  for (const { rule, severity } of planFor(support.rules as readonly Rule<M>[], context.config)) {
    run.meta = rule.meta;
    run.severity = severity;
    try {
      rule.check(run);
    } catch (error) {
      failures.push({ rule: rule.meta.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return run.out;
}

export function lint(input: DocumentInput, options: EngineOptions = {}): LintResult {
  const context = contextFor(input, options);
  const binaryKind = looksBinary(input.text) ? detectKind(input.fileName, input.text, input.language) : undefined;
  const binarySeverity = severityFor(BINARY_FILE, context.config);
  // Binary content is never parsed: its "lines" would only yield pages of meaningless findings.
  if (binaryKind && context.config.enable[binaryKind] && binarySeverity !== 'off') return { kind: binaryKind, diagnostics: [binaryFileDiagnostic(binarySeverity)], failures: [], limited: false };
  if (overParseCeiling(input.text.length, context.config.maxFileSize)) return notParsed(input, context);
  const entry = parsed(input);
  if (!entry || !context.config.enable[entry.kind]) return { kind: entry?.kind, diagnostics: [], failures: [], limited: false };
  const support = languages[entry.kind] as LanguageSupport<unknown>;
  const failures: RuleFailure[] = [];
  const limited = input.text.length > context.config.maxFileSize;
  const syntax = configuredSyntax(support.syntaxDiagnostics(entry.model), context.config);
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

/** A file far over the size limit: not parsed at all, only the finding that says so. */
function notParsed(input: DocumentInput, context: LanguageContext): LintResult {
  const kind = detectKind(input.fileName, input.text, input.language);
  if (!kind || !context.config.enable[kind]) return { kind, diagnostics: [], failures: [], limited: true };
  const severity = severityFor(FILE_TOO_LARGE, context.config);
  const diagnostics = severity === 'off' ? [] : [fileTooLargeDiagnostic(severity, input.text.length, context.config.maxFileSize)];
  return { kind, diagnostics, failures: [], limited: true };
}

/**
 * Syntax findings honour `rules` settings too (a user may turn one down) but never vanish by default:
 * each gets its configured severity, and those set to `off` are dropped. The findings belong to
 * the cached parse, so they are copied, never changed: another lint of the same text may use other settings.
 */
function configuredSyntax(diagnostics: LintDiagnostic[], config: EffectiveConfig): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const d of diagnostics) {
    const setting = configuredSeverity(d.rule, d.aliases, config) ?? d.severity;
    if (setting === 'off') continue;
    out.push(setting === d.severity ? d : { ...d, severity: setting });
  }
  return out;
}

export function hover(input: DocumentInput, position: Position, options: EngineOptions = {}): HoverResult | null {
  const context = contextFor(input, options);
  if (overParseCeiling(input.text.length, context.config.maxFileSize)) return null;
  const entry = parsed(input);
  if (!entry) return null;
  if (!context.config.enable[entry.kind]) return null;
  return (languages[entry.kind] as LanguageSupport<unknown>).hover(entry.model, position, context);
}

export function explain(input: DocumentInput, options: EngineOptions = {}): string | null {
  const context = contextFor(input, options);
  if (overParseCeiling(input.text.length, context.config.maxFileSize)) {
    return detectKind(input.fileName, input.text, input.language) ? tooLargeToExplain(input.text.length, context.config.maxFileSize) : null;
  }
  const entry = parsed(input);
  if (!entry) return null;
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
  for (const entry of parseCache.values()) release(entry);
  parseCache.clear();
  for (const support of Object.values(languages)) support.clearCache?.();
}

/** The inline-ignore fix for a finding, for the editor's "Ignore <ID> for this instruction" action. */
export function ignoreFix(input: DocumentInput, diagnostic: LintDiagnostic, options: EngineOptions = {}): Fix | undefined {
  if (overParseCeiling(input.text.length, contextFor(input, options).config.maxFileSize)) return undefined;
  const entry = parsed(input);
  if (!entry) return undefined;
  return (languages[entry.kind] as LanguageSupport<unknown>).ignoreFix(entry.model, diagnostic);
}

/**
 * The parsed model of a document, from the same cache lint uses: cross-file checks read several
 * files' models without parsing any of them twice. Undefined for files of no kind we read.
 */
export function parseDocument(input: DocumentInput): { kind: FileKind; model: unknown } | undefined {
  const entry = parsed(input);
  return entry ? { kind: entry.kind, model: entry.model } : undefined;
}

export { detectKind };
