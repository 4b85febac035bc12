/**
 * The `infra-coach` command line. The Compose engine is replaced by a small double for most
 * cases, so these tests pin the CLI's own behaviour (walking, formats, exit codes) whatever
 * rules exist; the last block runs the real engine on examples/.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { languages } from '../../../src/core/languages';
import type { LanguageSupport } from '../../../src/core/language';
import { defineRule } from '../../../src/core/rule';
import { LineIndex } from '../../../src/core/text';

const ROOT = path.resolve(__dirname, '../../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Run {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = runCli(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stdin: () => {
        if (options.stdin === undefined) throw new Error('test gave no stdin');
        return options.stdin;
      },
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/** A Compose engine double: each line containing BAD is a finding with a safe fix; `services` hovers. */
interface FakeModel {
  text: string;
  lines: LineIndex;
}
const badLine = defineRule<FakeModel>(
  { id: 'TEST001', aliases: ['peer-bad'], title: 'Bad line', severity: 'warning', appliesTo: 'compose', fixable: true, summary: 'Lines saying BAD are bad.' },
  (ctx) => {
    for (let line = 0; line < ctx.model.lines.lineCount; line++) {
      const text = ctx.model.lines.lineText(line);
      for (let at = text.indexOf('BAD'); at >= 0; at = text.indexOf('BAD', at + 3)) {
        const range = { start: { line, character: at }, end: { line, character: at + 3 } };
        ctx.report({ range, message: 'This line is BAD.', fixes: [{ title: 'Make it good', safe: true, edits: [{ range, newText: 'GOOD' }] }] });
      }
    }
  },
);
const fakeCompose: LanguageSupport<FakeModel> = {
  kind: 'compose',
  parse: (text) => ({ text, lines: new LineIndex(text) }),
  syntaxDiagnostics: () => [],
  syntaxChecks: [],
  rules: [badLine],
  suppressions: () => [],
  ignoreFix: () => undefined,
  hover: (model, position) =>
    model.lines.lineText(position.line).startsWith('services') && position.character < 8
      ? { contents: '**services**: the containers this file runs.', range: { start: { line: position.line, character: 0 }, end: { line: position.line, character: 8 } } }
      : null,
  explain: (model, diagnostics) => `# Compose file\n\n${model.lines.lineCount} lines, ${diagnostics.length} finding(s).\n`,
};

describe('infra-coach CLI', () => {
  let dir: string;
  let realCompose: LanguageSupport<unknown>;

  before(() => {
    realCompose = languages.compose;
    languages.compose = fakeCompose as LanguageSupport<unknown>;
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-cli-'));
    const files: Record<string, string> = {
      'compose.yaml': 'services:\n  web:\n    image: BAD\n',
      'clean/compose.yml': 'services:\n  web:\n    image: nginx:1.27\n',
      'nested/docker-compose.prod.yaml': 'services:\n  x:\n    command: BAD BAD\n',
      'nested/notes.yaml': 'title: not kubernetes\n',
      'README.md': '# not linted when walking\n',
      'node_modules/pkg/compose.yaml': 'services:\n  BAD: {}\n',
      '.git/compose.yaml': 'services:\n  BAD: {}\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  });

  after(() => {
    languages.compose = realCompose;
    rmSync(dir, { recursive: true, force: true });
  });

  describe('lint', () => {
    it('walks folders, skipping .git and node_modules, and prints the stable JSON shape', () => {
      const run = cli(['lint', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, '');
      const report = JSON.parse(run.stdout);
      assert.equal(report.version, 1);
      assert.deepEqual(
        report.files.map((f: { path: string; language: string }) => [f.path, f.language]),
        [
          ['clean/compose.yml', 'compose'],
          ['compose.yaml', 'compose'],
          ['nested/docker-compose.prod.yaml', 'compose'],
        ],
      );
      assert.deepEqual(report.skipped, [{ path: 'nested/notes.yaml', reason: 'not a Dockerfile, Kubernetes manifest or Compose file' }]);
      assert.deepEqual(report.files[1].diagnostics, [
        {
          rule: 'TEST001',
          aliases: ['peer-bad'],
          severity: 'warning',
          message: 'This line is BAD.',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 15,
          fixable: true,
          docs: 'https://github.com/infra-coach/infra-coach/blob/main/docs/rules/TEST001.md',
        },
      ]);
      assert.equal(report.files[2].diagnostics.length, 2);
      assert.deepEqual(report.files[0].diagnostics, []);
    });

    it('groups findings under their file in text format, with a summary and no colour off a terminal', () => {
      const run = cli(['lint', 'compose.yaml', 'nested'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.equal(
        run.stdout,
        [
          'compose.yaml',
          '  3:12  warning  This line is BAD. [fixable]  TEST001',
          '',
          'nested/docker-compose.prod.yaml',
          '  3:14  warning  This line is BAD. [fixable]  TEST001',
          '  3:18  warning  This line is BAD. [fixable]  TEST001',
          '',
          'nested/notes.yaml: skipped (not a Dockerfile, Kubernetes manifest or Compose file)',
          '2 files linted, 3 findings (3 warnings), 1 skipped',
          '3 findings can be fixed with --fix',
          '',
        ].join('\n'),
      );
      assert.doesNotMatch(run.stdout, /\x1b\[/);
    });

    it('colours the text format only when told the output is a terminal', () => {
      let stdout = '';
      const before = process.cwd();
      process.chdir(dir);
      try {
        runCli(['lint', 'compose.yaml'], { stdout: (t) => (stdout += t), stderr: () => undefined, stdin: () => '', color: true });
      } finally {
        process.chdir(before);
      }
      assert.match(stdout, /\x1b\[4mcompose\.yaml\x1b\[24m/);
      assert.match(stdout, /\x1b\[33mwarning/);
    });

    it('exits 0 when there is nothing to report', () => {
      const run = cli(['lint', 'clean'], { cwd: dir });
      assert.deepEqual(run, { code: 0, stdout: '1 file linted, no findings\n', stderr: '' });
    });

    it('reports a named file of unknown kind as skipped, not as an error', () => {
      const run = cli(['lint', '--format', 'json', 'README.md'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.deepEqual(JSON.parse(run.stdout), { version: 1, files: [], skipped: [{ path: 'README.md', reason: 'not a Dockerfile, Kubernetes manifest or Compose file' }] });
    });

    it('lints standard input under the name given by --stdin-filename', () => {
      const run = cli(['lint', '--stdin', '--stdin-filename', 'compose.yaml', '--format', 'json'], { cwd: dir, stdin: 'services:\n  BAD: {}\n' });
      assert.equal(run.code, 1);
      const report = JSON.parse(run.stdout);
      assert.equal(report.files[0].path, 'compose.yaml');
      assert.deepEqual(
        report.files[0].diagnostics.map((d: { line: number; column: number }) => [d.line, d.column]),
        [[2, 3]],
      );
    });

    it('reads standard input as another kind with --language', () => {
      const run = cli(['lint', '--stdin', '--stdin-filename', 'stack.yml', '--language', 'compose'], { stdin: 'x: BAD\n' });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^stack\.yml\n  1:4  warning  This line is BAD\. \[fixable\]  TEST001\n/);
    });

    it('treats an unreadable input and bad usage as exit 2 with one line on stderr', () => {
      const cases: [string[], RegExp][] = [
        [['lint', 'missing.yaml'], /^infra-coach: no such file or directory: missing\.yaml\n$/],
        [['lint', '--format', 'xml', '.'], /^infra-coach: lint --format must be text, json, sarif, github or checkstyle, not "xml"\n$/],
        [['lint', '--stdin'], /^infra-coach: --stdin needs --stdin-filename NAME/],
        [['lint', '--stdin-filename', 'x'], /^infra-coach: --stdin-filename needs --stdin\n$/],
        [['lint', '--bogus'], /^infra-coach: Unknown option '--bogus'.*; run infra-coach --help\n$/],
        [['frobnicate'], /^infra-coach: unknown command "frobnicate"/],
        [['lint', '--language', 'helm', '.'], /^infra-coach: --language must be one of dockerfile, kubernetes, compose/],
        [['explain', 'compose.yaml', '--at', '0:1'], /^infra-coach: --at takes LINE:COLUMN, both 1-based/],
        [['explain'], /^infra-coach: explain takes exactly one FILE/],
      ];
      for (const [args, message] of cases) {
        const run = cli(args, { cwd: dir });
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.equal(run.stdout, '', args.join(' '));
        assert.match(run.stderr, message, args.join(' '));
        assert.equal(run.stderr.trimEnd().split('\n').length, 1, `one line for ${args.join(' ')}`);
      }
    });

    it('prints usage with --help and exits 0', () => {
      const run = cli(['--help']);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /infra-coach lint \[paths\.\.\.\]/);
    });
  });

  describe('explain', () => {
    it('prints the file explanation as Markdown or JSON', () => {
      assert.deepEqual(cli(['explain', 'compose.yaml'], { cwd: dir }), { code: 0, stdout: '# Compose file\n\n4 lines, 1 finding(s).\n', stderr: '' });
      const json = cli(['explain', 'compose.yaml', '--format', 'json'], { cwd: dir });
      assert.deepEqual(JSON.parse(json.stdout), { path: 'compose.yaml', contents: '# Compose file\n\n4 lines, 1 finding(s).\n' });
    });

    it('prints exactly the hover at --at LINE:COLUMN', () => {
      const markdown = cli(['explain', 'compose.yaml', '--at', '1:3'], { cwd: dir });
      assert.deepEqual(markdown, { code: 0, stdout: '**services**: the containers this file runs.\n', stderr: '' });
      const json = cli(['explain', 'compose.yaml', '--at', '1:3', '--format', 'json'], { cwd: dir });
      assert.deepEqual(JSON.parse(json.stdout), {
        contents: '**services**: the containers this file runs.',
        range: { line: 1, column: 1, endLine: 1, endColumn: 9 },
      });
    });

    it('prints null where there is no hover', () => {
      assert.deepEqual(cli(['explain', 'compose.yaml', '--at', '3:1', '--format', 'json'], { cwd: dir }), { code: 0, stdout: 'null\n', stderr: '' });
      assert.deepEqual(cli(['explain', 'compose.yaml', '--at', '99:1'], { cwd: dir }), { code: 0, stdout: '', stderr: '' });
    });

    it('says a file of unknown kind is skipped', () => {
      const run = cli(['explain', 'README.md'], { cwd: dir });
      assert.deepEqual(run, { code: 0, stdout: '', stderr: 'infra-coach: skipped README.md: not a Dockerfile, Kubernetes manifest or Compose file\n' });
    });
  });

  describe('rules', () => {
    it('lists every rule with its docs link in JSON', () => {
      const run = cli(['rules', '--format', 'json']);
      assert.equal(run.code, 0);
      const { version, rules } = JSON.parse(run.stdout);
      assert.equal(version, 1);
      const rule = rules.find((r: { id: string }) => r.id === 'TEST001');
      assert.deepEqual(rule, {
        id: 'TEST001',
        aliases: ['peer-bad'],
        title: 'Bad line',
        severity: 'warning',
        appliesTo: 'compose',
        fixable: true,
        enabledByDefault: true,
        summary: 'Lines saying BAD are bad.',
        docs: 'https://github.com/infra-coach/infra-coach/blob/main/docs/rules/TEST001.md',
      });
    });

    it('prints one rule per line in text', () => {
      const run = cli(['rules']);
      assert.match(run.stdout, /^TEST001 +Bad line \(compose, warning, fixable\)$/m);
      assert.match(run.stdout, /\d+ rules; each is documented in docs\/rules\/<ID>\.md\n$/);
    });
  });
});

describe('infra-coach CLI on examples/ (real engine, real process)', function () {
  // Each case starts Node with tsx, which compiles the CLI first.
  this.timeout(60_000);
  function node(args: string[], input?: string) {
    const result = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('reports DL4000 in the example Dockerfile and exits 1', () => {
    const run = node(['lint', '--format', 'json', 'examples/']);
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(
      report.files.map((f: { path: string; language: string }) => [f.path, f.language]),
      [
        ['examples/Dockerfile', 'dockerfile'],
        ['examples/compose.yaml', 'compose'],
        ['examples/deployment.yml', 'kubernetes'],
      ],
    );
    const dl4000 = report.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'DL4000');
    assert.ok(dl4000, `DL4000 among ${JSON.stringify(report.files[0].diagnostics.map((d: { rule: string }) => d.rule))}`);
    assert.deepEqual([dl4000.line, dl4000.column, dl4000.fixable], [4, 1, true]);
    assert.ok(dl4000.aliases.includes('MaintainerDeprecated'));
  });

  it('exits 2 with one line on stderr for a missing path', () => {
    const run = node(['lint', 'no/such/Dockerfile']);
    assert.deepEqual(run, { code: 2, stdout: '', stderr: 'infra-coach: no such file or directory: no/such/Dockerfile\n' });
  });

  it('reads --stdin in the real process', () => {
    const run = node(['lint', '--stdin', '--stdin-filename', 'Dockerfile', '--format', 'json'], 'FROM alpine:3.20\nMAINTAINER someone\n');
    assert.equal(run.code, 1, run.stderr);
    assert.ok(JSON.parse(run.stdout).files[0].diagnostics.some((d: { rule: string }) => d.rule === 'DL4000'));
  });
});
