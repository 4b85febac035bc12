/**
 * `infra-coach`: the engine on the command line.
 * Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input (one line on stderr).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { explain, hover, lint, rules } from '../core/engine';
import { defaultConfig } from '../core/config';
import { EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, UsageError } from './errors';
import { nodeFileHost } from './fileHost';
import { collectFiles, readSource, readStdin, type SourceFile } from './inputs';
import { jsonRange, toJson, toText, SKIP_REASON, type FileReport } from './report';

declare const __VERSION__: string | undefined;

const HELP = `infra-coach: explains and lints Dockerfiles, Kubernetes manifests and Compose files

Usage:
  infra-coach lint [paths...] [--format text|json]
  infra-coach lint --stdin --stdin-filename NAME [--format text|json]
  infra-coach explain FILE [--format markdown|json]
  infra-coach explain FILE --at LINE:COLUMN [--format markdown|json]
  infra-coach rules [--format text|json]

Options:
  --format            output format (lint: text or json; explain: markdown or json; rules: text or json)
  --stdin             read the file from standard input (lint, explain); needs --stdin-filename
  --stdin-filename    the name that decides the file kind of standard input, e.g. Dockerfile
  --language KIND     read the file as dockerfile, kubernetes or compose whatever its name
  --at LINE:COLUMN    1-based position: print exactly what the editor's hover shows there
  -h, --help          show this help
  -v, --version       print the version

Folders are walked, skipping .git and node_modules. Files of another kind are reported as skipped.
Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.
Rules are documented in docs/rules/<ID>.md; run \`infra-coach rules\` for the list.
`;

const OPTIONS = {
  format: { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  language: { type: 'string' },
  at: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

const LANGUAGES = ['dockerfile', 'kubernetes', 'compose'];

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input; injectable for tests. */
  stdin(): string;
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
      return lintCommand(rest, values, io);
    case 'explain':
      return explainCommand(rest, values, io);
    case 'rules':
      return rulesCommand(rest, values, out);
    default:
      throw new UsageError(`unknown command "${command}"; use lint, explain or rules (infra-coach --help)`);
  }
}

function format<T extends string>(values: Values, allowed: readonly T[], command: string): T {
  const value = values.format ?? allowed[0];
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${command} --format must be ${allowed.join(' or ')}, not "${value}"`);
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

function lintCommand(args: string[], values: Values, io: CliIO): number {
  const fmt = format(values, ['text', 'json'] as const, 'lint');
  rejectOption(values, 'at', 'lint');
  const fromStdin = stdinSource(values, io);
  if (fromStdin && args.length) throw new UsageError('give either --stdin or paths, not both');
  // Read everything first, so an unreadable file stops the run before any output.
  const files = fromStdin ? [fromStdin] : collectFiles(args.length ? args : ['.']).map(readSource);
  const reports: FileReport[] = files.map((file) => ({
    path: file.path,
    result: lint({ text: file.text, fileName: file.absolute, language: values.language }, engineOptions(file)),
  }));
  io.stdout(fmt === 'json' ? JSON.stringify(toJson(reports), null, 2) + '\n' : toText(reports));
  return reports.some((r) => r.result.diagnostics.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
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
  for (const option of ['stdin', 'stdin-filename', 'at', 'language'] as const) rejectOption(values, option, 'rules');
  const all = rules().sort((a, b) => a.id.localeCompare(b.id));
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
  });
}
