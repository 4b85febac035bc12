/**
 * `infra-coach lint`: resolves each file's configuration, lints (or fixes), formats the report
 * and decides the exit code: 2 for a bad configuration or a failing rule, 1 for findings at or
 * above the failure threshold or more warnings than --max-warnings, else 0.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint, rules, type LintResult } from '../core/engine';
import type { ConfigPatch } from '../core/configResolve';
import { Dockerignore } from '../core/dockerfile/dockerignore';
import { setRule } from '../core/configFiles/source';
import { closestName } from '../core/suggest';
import { SEVERITIES, type Severity, type SeveritySetting } from '../core/types';
import { writeFileAtomic } from './atomicWrite';
import { CliConfig, printableConfig } from './config';
import { unifiedDiff } from './diff';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, UsageError } from './errors';
import { nodeFileHost } from './fileHost';
import { fixText } from './fix';
import { toCheckstyle } from './formats/checkstyle';
import { toGithub } from './formats/github';
import { toSarif } from './formats/sarif';
import { collectFiles, displayPath, readSource, type SourceFile } from './inputs';
import { toJson, toText, type FileReport } from './report';
import { WORKSPACE_RULES, WorkspaceIndex, withDelta } from '../core/workspace';
import type { EffectiveConfig } from '../core/config';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github', 'checkstyle'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
/** The name a failure of the cross-file index is reported under, like a failing rule. */
const CROSS_FILE_INDEX = 'cross-file-index';
const THRESHOLDS: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export interface LintOptions {
  format: LintFormat;
  /** Paths to lint, or the one file read from standard input. */
  paths: string[];
  stdin?: SourceFile;
  language?: string;
  output?: string;
  fix: boolean;
  fixDryRun: boolean;
  failureThreshold?: string;
  maxWarnings?: string;
  rule: string[];
  ignorePath: string[];
  printConfig?: string;
  version: string;
  color: boolean;
}

export interface LintIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function lintCommand(options: LintOptions, io: LintIO): number {
  const overrides = ruleOverrides(options.rule);
  const threshold = thresholdOf(options.failureThreshold);
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  if (options.fix && options.fixDryRun) throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (options.fix && options.stdin) throw new UsageError('--fix writes files and cannot write standard input; use --fix-dry-run to see the diff');
  const config = new CliConfig(overrides, io.stderr);

  if (options.printConfig !== undefined) {
    const absolute = path.resolve(options.printConfig);
    io.stdout(JSON.stringify(printableConfig(displayPath(absolute), config.resolve(absolute)), null, 2) + '\n');
    return config.invalid ? EXIT_USAGE : EXIT_CLEAN;
  }

  const ignore = options.ignorePath.length ? new Dockerignore(options.ignorePath.join('\n')) : undefined;
  const named = new Set(options.paths.map((p) => path.resolve(p)));
  const absolutes = options.stdin ? [] : collectFiles(options.paths.length ? options.paths : ['.']).filter((f) => !ignore?.excludes(relativeForIgnore(f)));
  // Read everything first, so an unreadable file stops the run before any output or write.
  const files = options.stdin ? [options.stdin] : absolutes.map(readSource);

  const reports: FileReport[] = [];
  const thresholds: Severity[] = [];
  const diffs: string[] = [];
  let failed = false;
  const workspace = new WorkspaceIndex();
  const configs = new Map<string, EffectiveConfig>();
  const reportOf = new Map<string, FileReport>();
  for (const file of files) {
    const resolved = config.resolve(file.absolute);
    if (resolved.ignoredBy) {
      // A file found by walking a folder is left out silently; one named on the command line is reported.
      if (named.has(file.absolute) || options.stdin) reports.push({ path: file.path, result: emptyResult(), skipped: `ignored by ${resolved.ignoredBy}` });
      continue;
    }
    const input = { text: file.text, fileName: file.absolute, language: options.language };
    // Linted once: the parse need not outlive the lint and the cross-file index's read just after it.
    const engine = { config: resolved.config, host: nodeFileHost(path.dirname(file.absolute)), keepParse: false };
    let result: LintResult;
    let finalText = file.text;
    if (options.fix || options.fixDryRun) {
      const fixed = fixText(input, engine);
      result = fixed.result;
      finalText = fixed.text;
      if (fixed.changed && options.fix) {
        try {
          writeFileAtomic(file.absolute, (file.bom ? '\ufeff' : '') + fixed.text);
        } catch (error) {
          throw new UsageError(`cannot write the fixes to ${file.path}: ${(error as Error).message}`);
        }
      }
      if (fixed.changed && options.fixDryRun) diffs.push(unifiedDiff(file.path, file.text, fixed.text));
    } else {
      result = lint(input, engine);
    }
    for (const f of result.failures) {
      failed = true;
      io.stderr(`infra-coach: rule ${f.rule} failed on ${file.path}; its findings are missing (please report it): ${f.error.split('\n')[0]}\n`);
    }
    const report: FileReport = { path: file.path, result };
    reports.push(report);
    thresholds.push(threshold ?? resolved.config.failureThreshold ?? 'hint');
    if (!options.stdin && result.kind) {
      // Right after its lint the file's parse is cached, so indexing it costs no second parse.
      const error = workspace.update({ text: finalText, fileName: file.absolute, language: options.language });
      if (error) {
        failed = true;
        report.result = { ...result, failures: [...result.failures, { rule: CROSS_FILE_INDEX, error }] };
        io.stderr(`infra-coach: cross-file checks could not read ${file.path}; its cross-file findings are missing (please report it): ${error.split('\n')[0]}\n`);
      }
      configs.set(file.absolute, resolved.config);
      reportOf.set(file.absolute, report);
    }
  }
  // Cross-file checks: findings other files resolve are withdrawn, those only the whole tree shows added.
  const deltas = workspace.diagnose((f) => configs.get(f) ?? config.resolve(f).config, { ...nodeFileHost('/'), exists: existsSync });
  for (const [absolute, delta] of deltas) {
    const report = reportOf.get(absolute);
    if (report) report.result = { ...report.result, diagnostics: withDelta(report.result.diagnostics, delta) };
  }

  const report = format(reports, options);
  if (options.fixDryRun) io.stdout(diffs.join(''));
  if (options.output !== undefined) {
    try {
      writeFileSync(options.output, report);
    } catch (error) {
      throw new UsageError(`cannot write --output ${options.output}: ${(error as Error).message}`);
    }
  } else if (!options.fixDryRun) io.stdout(report);

  if (config.invalid || failed) return EXIT_USAGE;
  if (options.fixDryRun) return diffs.length ? EXIT_FINDINGS : EXIT_CLEAN;
  let failing = false;
  let warnings = 0;
  let i = 0;
  for (const r of reports) {
    if (r.skipped || !r.result.kind) continue;
    const limit = RANK[thresholds[i++]];
    for (const d of r.result.diagnostics) {
      if (d.severity === 'warning') warnings++;
      if (RANK[d.severity] <= limit) failing = true;
    }
  }
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`infra-coach: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

function format(reports: FileReport[], options: LintOptions): string {
  switch (options.format) {
    case 'json':
      return JSON.stringify(toJson(reports), null, 2) + '\n';
    case 'sarif':
      return toSarif(reports, { version: options.version, rules: rules(), srcRoot: srcRootUri() });
    case 'github':
      return toGithub(reports);
    case 'checkstyle':
      return toCheckstyle(reports);
    default:
      return toText(reports, options.color && options.output === undefined);
  }
}

function srcRootUri(): string {
  const cwd = process.cwd().split(path.sep).join('/');
  return 'file://' + (cwd.startsWith('/') ? '' : '/') + cwd.split('/').map(encodeURIComponent).join('/').replace(/%3A/, ':') + '/';
}

/** `--rule ID=SEVERITY`, repeatable; unknown ids and severities are usage errors with a suggestion. */
function ruleOverrides(flags: string[]): ConfigPatch {
  if (flags.length === 0) return {};
  const known = [...rules(), ...WORKSPACE_RULES].flatMap((r) => [r.id, ...r.aliases]);
  const lower = new Set(known.map((id) => id.toLowerCase()));
  const out: Record<string, SeveritySetting> = {};
  for (const flag of flags) {
    const match = /^([^=\s]+)=([a-z]+)$/i.exec(flag.trim());
    if (!match) throw new UsageError(`--rule takes ID=SEVERITY, for example --rule DL3008=off, not "${flag}"`);
    const [, id, level] = match;
    if (!(SEVERITIES as readonly string[]).includes(level.toLowerCase())) throw new UsageError(`--rule ${id}: the severity must be one of ${SEVERITIES.join(', ')}, not "${level}"`);
    if (!lower.has(id.toLowerCase())) {
      const near = closestName(id, known);
      throw new UsageError(`--rule: unknown rule "${id}"${near ? `; did you mean ${near}?` : '; run infra-coach rules for the list'}`);
    }
    setRule(out, id, level.toLowerCase() as SeveritySetting);
  }
  return { rules: out };
}

function thresholdOf(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(THRESHOLDS as readonly string[]).includes(value)) throw new UsageError(`--failure-threshold must be one of ${THRESHOLDS.join(', ')}, not "${value}"`);
  return value as Severity;
}

function maxWarningsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number of warnings, such as 0, not "${value}"`);
  return Number(value);
}

/** `--ignore-path` globs are relative to the working directory. */
function relativeForIgnore(absolute: string): string {
  const shown = displayPath(absolute);
  return shown.startsWith('/') ? shown.slice(1) : shown;
}

function emptyResult(): LintResult {
  return { kind: undefined, diagnostics: [], failures: [], limited: false };
}
