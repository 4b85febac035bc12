/**
 * `infra-coach`: the engine on the command line.
 * Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input (one line on stderr).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { explain, hover, rules } from '../core/engine';
import { defaultConfig } from '../core/config';
import { EXIT_CLEAN, EXIT_USAGE, UsageError } from './errors';
import { nodeFileHost } from './fileHost';
import { collectFiles, readSource, readStdin, type SourceFile } from './inputs';
import { jsonRange, SKIP_REASON } from './report';
import { lintCommand, LINT_FORMATS } from './lint';
import { docsUrl } from '../core/rule';
import { WORKSPACE_RULES } from '../core/workspace';

declare const __VERSION__: string | undefined;

const HELP = `infra-coach: explains and lints Dockerfiles, Kubernetes manifests and Compose files

Usage:
  infra-coach lint [paths...] [--format text|json|sarif|github|checkstyle] [--output FILE]
  infra-coach lint [paths...] --fix | --fix-dry-run
  infra-coach lint --stdin --stdin-filename NAME [--format ...]
  infra-coach lint --print-config FILE
  infra-coach explain FILE [--format markdown|json]
  infra-coach explain FILE --at LINE:COLUMN [--format markdown|json]
  infra-coach rules [--format text|json]

Options:
  --format            output format (lint: text, json, sarif, github or checkstyle;
                      explain: markdown or json; rules: text or json)
  --output FILE       write the lint report to FILE instead of standard output
  --fix               apply every safe fix and write the files that changed
  --fix-dry-run       print the fixes as a unified diff; write nothing (exit 1 when there is a diff)
  --failure-threshold error|warning|info|hint
                      the lowest severity that makes lint exit 1 (default: any finding)
  --max-warnings N    exit 1 when there are more than N warnings
  --rule ID=LEVEL     set a rule to off, error, warning, info or hint (repeatable; wins over files)
  --ignore-path GLOB  skip files matching GLOB, relative to the working directory (repeatable)
  --print-config FILE print the configuration that applies to FILE and the files it came from
  --stdin             read the file from standard input (lint, explain); needs --stdin-filename
  --stdin-filename    the name that decides the file kind of standard input, e.g. Dockerfile
  --language KIND     read the file as dockerfile, kubernetes or compose whatever its name
  --at LINE:COLUMN    1-based position: print exactly what the editor's hover shows there
  -h, --help          show this help
  -v, --version       print the version

Folders are walked, skipping .git and node_modules. Files of another kind are reported as skipped.
Each file's configuration is found upward from it: .infra-coach.yaml, .hadolint.yaml,
.kube-linter.yaml and .dclintrc, exactly as in the editor.
Exit codes: 0 no findings, 1 findings, 2 usage error, unreadable input, invalid configuration
or a rule that failed.
Rules are documented in docs/rules/<ID>.md; run \`infra-coach rules\` for the list.
`;

const OPTIONS = {
  format: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  language: { type: 'string' },
  at: { type: 'string' },
  output: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'failure-threshold': { type: 'string' },
  'max-warnings': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'ignore-path': { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

/** Options only `lint` reads; the other commands reject them. */
const LINT_ONLY = ['output', 'fix', 'fix-dry-run', 'failure-threshold', 'max-warnings', 'rule', 'ignore-path', 'print-config'] as const;

const LANGUAGES = ['dockerfile', 'kubernetes', 'compose'];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input; injectable for tests. */
  stdin(): string;
  /** Standard output is a terminal that may be coloured (the text format colours only then). */
  color?: boolean;
}

/** Runs one command line and returns the exit code; never throws. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    return main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`infra-coach: ${error.message}\n`);
    } else {
      const detail = error instanceof Error ? (process.env.INFRA_COACH_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
      io.stderr(`infra-coach: internal error (please report it; set INFRA_COACH_DEBUG=1 for the stack): ${detail}\n`);
    }
    return EXIT_USAGE;
  }
}

function main(argv: string[], io: CliIO): number {
  const out = io.stdout;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; run infra-coach --help`);
  }
  const values = parsed.values as Values;
  const [command, ...rest] = parsed.positionals;
  if (values.version) {
    out(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
    return EXIT_CLEAN;
  }
  if (values.help || command === 'help' || command === undefined) {
    out(HELP);
    return command === undefined && !values.help ? EXIT_USAGE : EXIT_CLEAN;
  }
  if (values.language !== undefined && !LANGUAGES.includes(values.language)) {
    throw new UsageError(`--language must be one of ${LANGUAGES.join(', ')}, not "${values.language}"`);
  }
  switch (command) {
    case 'lint':
      return lintEntry(rest, values, io);
    case 'explain':
      for (const option of LINT_ONLY) rejectOption(values, option, 'explain');
      return explainCommand(rest, values, io);
    case 'rules':
      return rulesCommand(rest, values, out);
    default:
      throw new UsageError(`unknown command "${command}"; use lint, explain or rules (infra-coach --help)`);
  }
}

function format<T extends string>(values: Values, allowed: readonly T[], command: string): T {
  const value = values.format ?? allowed[0];
  const choices = allowed.length > 2 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join(' or ');
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${command} --format must be ${choices}, not "${value}"`);
  return value as T;
}

function rejectOption(values: Values, option: keyof Values, command: string): void {
  if (values[option] !== undefined) throw new UsageError(`--${option} does not apply to ${command}`);
}

function stdinSource(values: Values, io: CliIO): SourceFile | undefined {
  if (!values.stdin) {
    if (values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename needs --stdin');
    return undefined;
  }
  const name = values['stdin-filename'];
  if (!name) throw new UsageError('--stdin needs --stdin-filename NAME (for example Dockerfile or compose.yaml) to know the file kind');
  return readStdin(name, io.stdin);
}

function engineOptions(file: SourceFile) {
  return { config: defaultConfig(), host: nodeFileHost(path.dirname(file.absolute)) };
}

function lintEntry(args: string[], values: Values, io: CliIO): number {
  rejectOption(values, 'at', 'lint');
  const fromStdin = stdinSource(values, io);
  if (fromStdin && args.length) throw new UsageError('give either --stdin or paths, not both');
  if (values['print-config'] !== undefined && (args.length || fromStdin)) throw new UsageError('--print-config takes one FILE and no other paths');
  return lintCommand(
    {
      format: format(values, LINT_FORMATS, 'lint'),
      paths: args,
      stdin: fromStdin,
      language: values.language,
      output: values.output,
      fix: values.fix === true,
      fixDryRun: values['fix-dry-run'] === true,
      failureThreshold: values['failure-threshold'],
      maxWarnings: values['max-warnings'],
      rule: values.rule ?? [],
      ignorePath: values['ignore-path'] ?? [],
      printConfig: values['print-config'],
      version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
      color: io.color === true,
    },
    io,
  );
}

function explainCommand(args: string[], values: Values, io: CliIO): number {
  const out = io.stdout;
  const fmt = format(values, ['markdown', 'json'] as const, 'explain');
  const fromStdin = stdinSource(values, io);
  if (fromStdin ? args.length > 0 : args.length !== 1) throw new UsageError('explain takes exactly one FILE (or --stdin --stdin-filename NAME)');
  const file = fromStdin ?? readSource(collectFiles(args)[0]);
  const input = { text: file.text, fileName: file.absolute, language: values.language };
  if (values.at !== undefined) {
    const match = /^(\d+):(\d+)$/.exec(values.at);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new UsageError(`--at takes LINE:COLUMN, both 1-based (for example --at 3:1), not "${values.at}"`);
    const result = hover(input, { line: Number(match[1]) - 1, character: Number(match[2]) - 1 }, engineOptions(file));
    if (fmt === 'json') out(JSON.stringify(result ? { contents: result.contents, range: jsonRange(result.range) } : null) + '\n');
    else if (result) out(result.contents.endsWith('\n') ? result.contents : result.contents + '\n');
    return EXIT_CLEAN;
  }
  const markdown = explain(input, engineOptions(file));
  if (markdown === null) {
    io.stderr(`infra-coach: skipped ${file.path}: ${SKIP_REASON}\n`);
    if (fmt === 'json') out('null\n');
    return EXIT_CLEAN;
  }
  if (fmt === 'json') out(JSON.stringify({ path: file.path, contents: markdown }) + '\n');
  else out(markdown.endsWith('\n') ? markdown : markdown + '\n');
  return EXIT_CLEAN;
}

function rulesCommand(args: string[], values: Values, out: (text: string) => void): number {
  const fmt = format(values, ['text', 'json'] as const, 'rules');
  if (args.length) throw new UsageError('rules takes no arguments');
  for (const option of ['stdin', 'stdin-filename', 'at', 'language', ...LINT_ONLY] as const) rejectOption(values, option, 'rules');
  const all = [...rules(), ...WORKSPACE_RULES.map((meta) => ({ ...meta, docs: docsUrl(meta.id) }))].sort((a, b) => a.id.localeCompare(b.id));
  if (fmt === 'json') {
    out(JSON.stringify({ version: 1, rules: all }, null, 2) + '\n');
    return EXIT_CLEAN;
  }
  const width = Math.max(2, ...all.map((r) => r.id.length));
  for (const r of all) {
    const flags = [r.appliesTo, r.severity, r.enabledByDefault ? '' : 'off by default', r.fixable ? 'fixable' : ''].filter(Boolean).join(', ');
    out(`${r.id.padEnd(width)}  ${r.title} (${flags})\n`);
  }
  out(`${all.length} rule${all.length === 1 ? '' : 's'}; each is documented in docs/rules/<ID>.md\n`);
  return EXIT_CLEAN;
}

/** Runs when bundled as dist/cli.js or started with tsx; tests call `runCli` directly. */
if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: () => readFileSync(0, 'utf8'),
    // Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it.
    color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : process.stdout.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
  });
}
