import { configuredSeverity, plannedRules, severityFor, DEFAULT_CONFIG, NO_FILES, type EffectiveConfig, type FileHost } from './config';
import { detectKind } from './fileKind';
import type { LanguageContext, LanguageSupport } from './language';
import { toDiagnostic, docsUrl, type Report, type RuleContext, type RuleMeta } from './rule';
import { applySuppressions, UNUSED_SUPPRESSION_RULE } from './suppression';
import type { DocumentInput, FileKind, Fix, HoverResult, LintDiagnostic, Position, Severity } from './types';
import { languages } from './languages';
import { BINARY_FILE, FILE_TOO_LARGE, binaryFileDiagnostic, fileTooLargeDiagnostic, looksBinary, overParseCeiling, tooLargeToExplain } from './inputLimits';

export interface EngineOptions {
  config?: EffectiveConfig;
  host?: FileHost;
  /**
   * Whether the parse stays in the engine's cache for later calls on the same text; default true.
   * The editor wants that for open documents: hover, code actions and explain reuse the parse of
   * their lint. One-shot callers (the Node API's `lint`, the CLI, the editor's lint of files that are
   * not open) pass false: the cache would only keep up to 64 dead models alive, which V8's young
   * generation GC then copies and promotes. Linting the 400 corpus Dockerfiles one-shot, 1.4% of young
   * objects survive a scavenge instead of 14%, and 6 KB are promoted instead of 270 KB. Such a parse is
   * still remembered until the next one-shot parse, so the cross-file index, which reads the model right
   * after the lint (`parseDocument`), parses nothing twice.
   */
  keepParse?: boolean;
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
  fileName: string;
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
/** The last parse made with `keepParse: false`; a cached call that hits it moves it into `parseCache`. */
let oneShot: Parsed | undefined;

/**
 * Cuts an entry that leaves the cache loose from its model. The Map's old hash tables, dead but still
 * in the old generation, keep pointing at former entries until the next full GC; through them V8's
 * young-generation GC kept every recent model alive and promoted it. Measured on the 400 corpus
 * Dockerfiles: 55–67% of young objects survived each scavenge (10–20 ms pauses); parsing alone, 1%.
 */
function release(entry: Parsed | undefined): void {
  if (entry) entry.model = undefined;
}

/**
 * The parse of `input`, from the cache when its text is unchanged. `keep` says where a new parse
 * goes: into the cache, or into the one-shot slot (see `EngineOptions.keepParse`). `promote` moves
 * a one-shot parse into the cache when a caller that keeps parses asks for it.
 */
function parsed(input: DocumentInput, keep: boolean, promote = keep): Parsed | undefined {
  const kind = detectKind(input.fileName, input.text, input.language);
  if (!kind) return undefined;
  // Keyed by name alone (no per-call key string to build); a file read as another kind is a miss.
  const hit = parseCache.get(input.fileName);
  if (hit && hit.text === input.text && hit.kind === kind) {
    parseCache.delete(input.fileName);
    parseCache.set(input.fileName, hit);
    return hit;
  }
  if (oneShot && oneShot.fileName === input.fileName && oneShot.text === input.text && oneShot.kind === kind) {
    const entry = oneShot;
    if (promote) {
      oneShot = undefined;
      cache(entry, hit);
    }
    return entry;
  }
  // Lone CRs (old Mac line ends) break lines for the editor and LineIndex but not for the parsers; as LFs
  // they read the same everywhere, and with the length unchanged every offset and range still fits the text.
  const text = input.text.includes('\r') ? input.text.replace(/\r(?!\n)/g, '\n') : input.text;
  const model = (languages[kind] as LanguageSupport<unknown>).parse(text, input.fileName);
  const entry: Parsed = { kind, fileName: input.fileName, text: input.text, model };
  if (keep) {
    cache(entry, hit);
  } else {
    // The cached parse of an older text of this file is of no more use to anyone.
    if (hit) {
      release(hit);
      parseCache.delete(input.fileName);
    }
    release(oneShot);
    oneShot = entry;
  }
  return entry;
}

/** Puts `entry` in the cache in place of `stale` (the same file's entry, if any) and evicts the oldest past the limit. */
function cache(entry: Parsed, stale: Parsed | undefined): void {
  release(stale);
  parseCache.delete(entry.fileName);
  parseCache.set(entry.fileName, entry);
  if (parseCache.size > PARSE_CACHE_SIZE) {
    const oldest = parseCache.keys().next().value as string;
    release(parseCache.get(oldest));
    parseCache.delete(oldest);
  }
}

function contextFor(input: DocumentInput, options: EngineOptions): LanguageContext {
  return { fileName: input.fileName, config: options.config ?? DEFAULT_CONFIG, host: options.host ?? NO_FILES };
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
  /** The running rule's page URL, for its findings. */
  docs = '';
  constructor(
    readonly model: M,
    readonly fileName: string,
    readonly config: EffectiveConfig,
    readonly host: FileHost,
  ) {}
  readonly report = (r: Report): void => {
    this.out.push(toDiagnostic(this.meta, this.severity, r, this.docs));
  };
}

function runRules<M>(support: LanguageSupport<M>, model: M, fileName: string, config: EffectiveConfig, host: FileHost, failures: RuleFailure[]): LintDiagnostic[] {
  const run = new RuleRun(model, fileName, config, host);
  const plan = plannedRules(support.rules, config);
  for (let i = 0; i < plan.length; i++) {
    const { rule, severity } = plan[i];
    run.meta = rule.meta;
    run.severity = severity;
    run.docs = rule.docs;
    try {
      rule.check(run);
    } catch (error) {
      failures.push({ rule: rule.meta.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  return run.out;
}

export function lint(input: DocumentInput, options: EngineOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  // Binary content is never parsed: its "lines" would only yield pages of meaningless findings.
  if (looksBinary(input.text)) {
    const binaryKind = detectKind(input.fileName, input.text, input.language);
    const binarySeverity = severityFor(BINARY_FILE, config);
    if (binaryKind && config.enable[binaryKind] && binarySeverity !== 'off') return { kind: binaryKind, diagnostics: [binaryFileDiagnostic(binarySeverity)], failures: [], limited: false };
  }
  if (overParseCeiling(input.text.length, config.maxFileSize)) return notParsed(input, config);
  const entry = parsed(input, options.keepParse !== false);
  if (!entry || !config.enable[entry.kind]) return { kind: entry?.kind, diagnostics: [], failures: [], limited: false };
  const support = languages[entry.kind] as LanguageSupport<unknown>;
  const failures: RuleFailure[] = [];
  const limited = input.text.length > config.maxFileSize;
  const syntax = configuredSyntax(support.syntaxDiagnostics(entry.model), config);
  const found = limited ? [] : runRules(support, entry.model, input.fileName, config, options.host ?? NO_FILES, failures);
  // Syntax findings first, so the stable sort below keeps them ahead of rule findings at the same place.
  const all = syntax.length === 0 ? found : syntax.concat(found);
  const { kept, unused } = applySuppressions(all, support.suppressions(entry.model));
  if (!limited && unused.length > 0) {
    const unusedSeverity = severityFor(unusedSuppressionMeta, config);
    if (unusedSeverity !== 'off') {
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
  }
  if (limited) {
    const tooLargeSeverity = severityFor(FILE_TOO_LARGE, config);
    if (tooLargeSeverity !== 'off') kept.push(fileTooLargeDiagnostic(tooLargeSeverity, input.text.length, config.maxFileSize));
  }
  sortByPosition(kept);
  return { kind: entry.kind, diagnostics: kept, failures, limited };
}

function byPosition(a: LintDiagnostic, b: LintDiagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule);
}

/** Past this many findings the built-in sort's O(n log n) wins over the insertion sort's O(n²). */
const INSERTION_SORT_LIMIT = 32;

/**
 * Sorts findings by `byPosition`, stably, as `Array.prototype.sort` does. A file has about ten findings
 * (4,143 in the 400 corpus Dockerfiles), and for so few the built-in sort's setup outweighs the work:
 * the insertion sort takes half the time (1% of a full Dockerfile lint before).
 */
function sortByPosition(list: LintDiagnostic[]): void {
  if (list.length > INSERTION_SORT_LIMIT) {
    list.sort(byPosition);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const d = list[i];
    let j = i - 1;
    for (; j >= 0 && byPosition(list[j], d) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = d;
  }
}

/** A file far over the size limit: not parsed at all, only the finding that says so. */
function notParsed(input: DocumentInput, config: EffectiveConfig): LintResult {
  const kind = detectKind(input.fileName, input.text, input.language);
  if (!kind || !config.enable[kind]) return { kind, diagnostics: [], failures: [], limited: true };
  const severity = severityFor(FILE_TOO_LARGE, config);
  const diagnostics = severity === 'off' ? [] : [fileTooLargeDiagnostic(severity, input.text.length, config.maxFileSize)];
  return { kind, diagnostics, failures: [], limited: true };
}

/**
 * Syntax findings honour `rules` settings too (a user may turn one down) but never vanish by default:
 * each gets its configured severity, and those set to `off` are dropped. The findings belong to
 * the cached parse, so they are copied, never changed: another lint of the same text may use other settings.
 */
function configuredSyntax(diagnostics: LintDiagnostic[], config: EffectiveConfig): LintDiagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
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
  const entry = parsed(input, options.keepParse !== false);
  if (!entry) return null;
  if (!context.config.enable[entry.kind]) return null;
  return (languages[entry.kind] as LanguageSupport<unknown>).hover(entry.model, position, context);
}

export function explain(input: DocumentInput, options: EngineOptions = {}): string | null {
  const context = contextFor(input, options);
  if (overParseCeiling(input.text.length, context.config.maxFileSize)) {
    return detectKind(input.fileName, input.text, input.language) ? tooLargeToExplain(input.text.length, context.config.maxFileSize) : null;
  }
  const entry = parsed(input, options.keepParse !== false);
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
    for (const rule of support.rules) all.push({ ...rule.meta, docs: rule.docs });
  }
  return all;
}

/** Forgets every cached parse; for benchmarks that measure a first lint, and hosts that free memory. */
export function clearCaches(): void {
  for (const entry of parseCache.values()) release(entry);
  parseCache.clear();
  release(oneShot);
  oneShot = undefined;
  for (const support of Object.values(languages)) support.clearCache?.();
}

/** The inline-ignore fix for a finding, for the editor's "Ignore <ID> for this instruction" action. */
export function ignoreFix(input: DocumentInput, diagnostic: LintDiagnostic, options: EngineOptions = {}): Fix | undefined {
  if (overParseCeiling(input.text.length, (options.config ?? DEFAULT_CONFIG).maxFileSize)) return undefined;
  const entry = parsed(input, options.keepParse !== false);
  if (!entry) return undefined;
  return (languages[entry.kind] as LanguageSupport<unknown>).ignoreFix(entry.model, diagnostic);
}

/**
 * The parsed model of a document, from the same cache lint uses: cross-file checks read several
 * files' models without parsing any of them twice. The parse of a one-shot lint is read where it is,
 * not moved into the cache; a parse made here is cached, as every cross-file refresh reads it again.
 * Undefined for files of no kind we read.
 */
export function parseDocument(input: DocumentInput): { kind: FileKind; model: unknown } | undefined {
  const entry = parsed(input, true, false);
  return entry ? { kind: entry.kind, model: entry.model } : undefined;
}

export { detectKind };
