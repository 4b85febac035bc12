import type { DiagnosticTag, FileKind, Fix, LintDiagnostic, Range, RelatedLocation, Severity } from './types';
import type { EffectiveConfig, FileHost } from './config';

/** Where rule pages live when a link must leave the editor (CLI, SARIF). */
export const DOCS_BASE_URL = 'https://github.com/infra-coach/infra-coach/blob/main/';

export interface RuleMeta {
  /** Our id: the peer's id where one tool owns the check (DL3008, latest-tag, no-duplicate-keys...). */
  id: string;
  /** The same check's ids in other tools, e.g. BuildKit's MaintainerDeprecated for DL4000. */
  aliases: string[];
  title: string;
  /** Default severity; settings and peer config files override it. */
  severity: Severity;
  appliesTo: FileKind | 'any';
  fixable: boolean;
  /** Off unless configured, as in the peer tool (DL1001, DL3057, kube-linter's opt-in checks). */
  enabledByDefault: boolean;
  /** One sentence: what the rule checks and why it matters. */
  summary: string;
}

/** Path of a rule's page inside the package; the editor opens it locally, the CLI links to it. */
export function docsPath(id: string): string {
  return `docs/rules/${id}.md`;
}

export function docsUrl(id: string): string {
  return DOCS_BASE_URL + docsPath(id);
}

export interface Report {
  range: Range;
  message: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
  tags?: DiagnosticTag[];
}

export interface RuleContext<M> {
  readonly model: M;
  readonly fileName: string;
  readonly config: EffectiveConfig;
  /** Files beside the linted one (e.g. Compose's `.env`); absent when the caller has no file access. */
  readonly host?: FileHost;
  report(report: Report): void;
}

export interface Rule<M> {
  readonly meta: RuleMeta;
  /**
   * `docsUrl(meta.id)`, built once with the rule: every finding carries it, and building it per finding
   * (three concatenations) cost ~0.3 MB per lint of the 400 corpus Dockerfiles (4,143 findings).
   */
  readonly docs: string;
  check(context: RuleContext<M>): void;
}

export function defineRule<M>(meta: Omit<RuleMeta, 'aliases' | 'enabledByDefault'> & Partial<RuleMeta>, check: (context: RuleContext<M>) => void): Rule<M> {
  return { meta: { aliases: [], enabledByDefault: true, ...meta }, docs: docsUrl(meta.id), check };
}

/**
 * Optional fields are set only when present, in this order (JSON output keeps it); no spreads, which are slower.
 * `docs` is the rule's page URL, when the caller has it at hand (`Rule.docs`).
 */
export function toDiagnostic(meta: RuleMeta, severity: Severity, report: Report, docs = docsUrl(meta.id)): LintDiagnostic {
  const diagnostic: LintDiagnostic = {
    rule: meta.id,
    aliases: meta.aliases,
    severity,
    message: report.message,
    range: report.range,
    fixes: report.fixes ?? [],
    docs,
  };
  if (report.related) diagnostic.related = report.related;
  if (report.tags) diagnostic.tags = report.tags;
  return diagnostic;
}
