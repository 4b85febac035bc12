/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, the rules that were reported
 * with their metadata and help URIs, and each finding's exact region. Paths are relative to the
 * working directory (`%SRCROOT%`) when inside it, so code scanning maps them to the repository.
 */
import type { RuleInfo } from '../../core/engine';
import type { LintDiagnostic, Range, Severity } from '../../core/types';
import type { FileReport } from '../report';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/infra-coach/infra-coach';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  rules: RuleInfo[];
  /** Absolute `file://` URI of the working directory, ending in `/`. */
  srcRoot: string;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function region(range: Range): SarifRegion {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** A relative path under `%SRCROOT%`, or an absolute `file://` URI for files outside it. */
function artifact(path: string): { uri: string; uriBaseId?: string } {
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (!absolute) return { uri: encoded, uriBaseId: '%SRCROOT%' };
  return { uri: 'file://' + (encoded.startsWith('/') ? '' : '/') + encoded.replace(/%3A/, ':') };
}

function location(path: string, range: Range, message?: string) {
  return {
    physicalLocation: { artifactLocation: artifact(path), region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  };
}

export function toSarif(reports: FileReport[], options: SarifOptions): string {
  const byId = new Map(options.rules.map((r) => [r.id, r]));
  const used: string[] = [];
  const indexOf = new Map<string, number>();
  const ruleIndex = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = used.length;
      used.push(id);
      indexOf.set(id, i);
    }
    return i;
  };
  const results: object[] = [];
  const notifications: object[] = [];
  for (const { path, result } of reports) {
    if (!result.kind) continue;
    for (const d of result.diagnostics) results.push(toResult(path, d, ruleIndex(d.rule)));
    for (const f of result.failures) {
      notifications.push({ level: 'error', message: { text: `Rule ${f.rule} failed on ${path}; its findings are missing: ${f.error.split('\n')[0]}` }, descriptor: { id: f.rule }, locations: [{ physicalLocation: { artifactLocation: artifact(path) } }] });
    }
  }
  const rules = used.map((id) => {
    const info = byId.get(id);
    return {
      id,
      ...(info ? { name: pascal(info.title) } : {}),
      shortDescription: { text: info?.title ?? id },
      fullDescription: { text: info?.summary ?? info?.title ?? id },
      helpUri: info?.docs ?? `${INFORMATION_URI}/blob/main/docs/rules/${id}.md`,
      help: { text: `${info?.summary ?? id} See ${info?.docs ?? id}.` },
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'], enabled: info?.enabledByDefault ?? true },
      properties: { tags: [info?.appliesTo ?? 'any'], ...(info?.aliases.length ? { aliases: info.aliases } : {}) },
    };
  });
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Infra Coach', semanticVersion: semver(options.version), informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: options.srcRoot } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toResult(path: string, d: LintDiagnostic, index: number): object {
  return {
    ruleId: d.rule,
    ruleIndex: index,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(path, d.range)],
    ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(r.path ?? path, r.range, r.message) })) } : {}),
    ...(d.fixes.some((f) => f.safe) ? { properties: { fixable: true } } : {}),
  };
}

/** SARIF's `name` is an identifier-like label: "Service selects no pods" → "ServiceSelectsNoPods". */
function pascal(title: string): string {
  return title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());
}

function semver(version: string): string {
  return /^\d+\.\d+\.\d+/.test(version) ? version : '0.0.0';
}
