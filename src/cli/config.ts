/**
 * Configuration on the command line: for each linted file, the same `resolveConfig` the editor
 * uses (config files found upward from the file), with `--rule` flags on top. Reads are memoised
 * for the run, since every file of a folder asks for the same config paths.
 */

import { defaultConfig } from '../core/config';
import { resolveConfig, type ConfigHost, type ConfigPatch, type ResolvedConfig } from '../core/configResolve';
import { formatConfigProblem, type ConfigProblem } from '../core/configFiles/source';
import { nodeFileHost } from './fileHost';

export class CliConfig {
  private readonly reads = new Map<string, string | undefined>();
  private readonly host: ConfigHost;
  private readonly reported = new Set<string>();
  /** Problems of severity error were found: the run exits 2 even though linting went on. */
  invalid = false;

  constructor(
    private readonly overrides: ConfigPatch,
    private readonly warn: (line: string) => void,
  ) {
    const disk = nodeFileHost('/');
    this.host = {
      readFile: (file) => {
        if (!this.reads.has(file)) this.reads.set(file, disk.readFile(file));
        return this.reads.get(file);
      },
    };
  }

  /** The configuration for one file; each problem of a config file is printed once per run. */
  resolve(absolute: string): ResolvedConfig {
    const resolved = resolveConfig(absolute, this.host, defaultConfig(), undefined, this.overrides);
    for (const problem of resolved.problems) this.report(problem);
    return resolved;
  }

  private report(problem: ConfigProblem): void {
    const line = formatConfigProblem(problem);
    if (this.reported.has(line)) return;
    this.reported.add(line);
    if (problem.severity === 'error') this.invalid = true;
    this.warn(`infra-coach: ${line}${problem.severity === 'error' ? ' (defaults are used for this setting)' : ''}\n`);
  }
}

/** What `--print-config FILE` prints: the effective configuration and where it came from. */
export function printableConfig(file: string, resolved: ResolvedConfig): object {
  return {
    file,
    configFiles: resolved.files,
    ...(resolved.ignoredBy ? { ignoredBy: resolved.ignoredBy } : {}),
    problems: resolved.problems.map((p) => ({ file: p.file, line: p.range.start.line + 1, column: p.range.start.character + 1, severity: p.severity, message: p.message })),
    config: resolved.config,
  };
}

