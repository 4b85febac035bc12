/**
 * Exit codes and configuration on the command line: --failure-threshold, --max-warnings, --rule,
 * --ignore-path, --print-config, `.infra-coach.yaml` and the peers' files found upward from each
 * file, and an invalid configuration (one message naming the file, exit 2, defaults for the rest).
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, writeTree } from './helpers';

/** Findings: DL3007 (warning, latest tag) and DL4000 (error, MAINTAINER). */
const DOCKERFILE = 'FROM node:latest\nMAINTAINER Jane <jane@example.com>\nUSER 10001\n';

function rules(stdout: string): Record<string, string[]> {
  const report = JSON.parse(stdout);
  return Object.fromEntries(report.files.map((f: { path: string; diagnostics: { rule: string; severity: string }[] }) => [f.path, f.diagnostics.map((d) => `${d.rule}:${d.severity}`)]));
}

describe('infra-coach lint exit codes and configuration', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'infra-coach-config-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 only for findings at or above --failure-threshold', () => {
    writeTree(dir, { 'Dockerfile': 'FROM node:latest\nUSER 10001\n' });
    assert.equal(cli(['lint', 'Dockerfile'], { cwd: dir }).code, 1);
    assert.equal(cli(['lint', '--failure-threshold', 'warning', 'Dockerfile'], { cwd: dir }).code, 1);
    assert.equal(cli(['lint', '--failure-threshold', 'error', 'Dockerfile'], { cwd: dir }).code, 0);
    const bad = cli(['lint', '--failure-threshold', 'style', 'Dockerfile'], { cwd: dir });
    assert.deepEqual([bad.code, bad.stderr], [2, 'infra-coach: --failure-threshold must be one of error, warning, info, hint, not "style"\n']);
  });

  it('exits 1 when the warnings exceed --max-warnings', () => {
    writeTree(dir, { 'Dockerfile': 'FROM node:latest\nUSER 10001\n' });
    const over = cli(['lint', '--failure-threshold', 'error', '--max-warnings', '0', 'Dockerfile'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    assert.equal(cli(['lint', '--failure-threshold', 'error', '--max-warnings', '1', 'Dockerfile'], { cwd: dir }).code, 0);
    assert.equal(cli(['lint', '--max-warnings', 'many', 'Dockerfile'], { cwd: dir }).code, 2);
  });

  it('--rule sets severities by id or alias, repeatably, over config files', () => {
    writeTree(dir, { 'Dockerfile': DOCKERFILE, '.infra-coach.yaml': 'rules:\n  DL3007: error\n' });
    assert.deepEqual(rules(cli(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir }).stdout), { Dockerfile: ['DL3007:error', 'DL4000:error'] });
    const run = cli(['lint', '--format', 'json', '--rule', 'DL3007=off', '--rule', 'MaintainerDeprecated=info', 'Dockerfile'], { cwd: dir });
    assert.deepEqual(rules(run.stdout), { Dockerfile: ['DL4000:info'] });
    const typo = cli(['lint', '--rule', 'MaintainerDeprecatd=off', 'Dockerfile'], { cwd: dir });
    assert.deepEqual([typo.code, typo.stderr], [2, 'infra-coach: --rule: unknown rule "MaintainerDeprecatd"; did you mean MaintainerDeprecated?\n']);
    assert.equal(cli(['lint', '--rule', 'DL3007', 'Dockerfile'], { cwd: dir }).code, 2);
    assert.equal(cli(['lint', '--rule', 'DL3007=loud', 'Dockerfile'], { cwd: dir }).code, 2);
  });

  it('finds .infra-coach.yaml and the peers\' files upward from each linted file', () => {
    writeTree(dir, {
      '.infra-coach.yaml': 'rules:\n  DL3007: info\n',
      'a/Dockerfile': DOCKERFILE,
      'b/.hadolint.yaml': 'ignored: [DL4000]\n',
      'b/Dockerfile': DOCKERFILE,
      'c/.infra-coach.yml': 'rules:\n  DL4000: warning\n',
      'c/deep/Dockerfile': DOCKERFILE,
    });
    assert.deepEqual(rules(cli(['lint', '--format', 'json', '.'], { cwd: dir }).stdout), {
      'a/Dockerfile': ['DL3007:info', 'DL4000:error'],
      'b/Dockerfile': ['DL3007:info'],
      // The nearest .infra-coach file wins; the one further up does not merge with it.
      'c/deep/Dockerfile': ['DL3007:warning', 'DL4000:warning'],
    });
  });

  it('skips files under an `ignore` pattern of .infra-coach.yaml and --ignore-path globs', () => {
    writeTree(dir, { '.infra-coach.yaml': 'ignore:\n  - vendor/**\n', 'vendor/x/Dockerfile': DOCKERFILE, 'app/Dockerfile': DOCKERFILE, 'gen/Dockerfile': DOCKERFILE });
    const walked = JSON.parse(cli(['lint', '--format', 'json', '--ignore-path', 'gen/*', '.'], { cwd: dir }).stdout);
    assert.deepEqual(walked.files.map((f: { path: string }) => f.path), ['app/Dockerfile']);
    assert.deepEqual(walked.skipped, []);
    // Named on the command line, an ignored file is reported as skipped, with the reason.
    const named = JSON.parse(cli(['lint', '--format', 'json', 'vendor/x/Dockerfile'], { cwd: dir }).stdout);
    assert.deepEqual(named.files, []);
    assert.match(named.skipped[0].reason, /^ignored by .*\.infra-coach\.yaml: ignore vendor\/\*\*$/);
  });

  it('--print-config prints the merged configuration and the files it came from', () => {
    writeTree(dir, {
      '.hadolint.yaml': 'trustedRegistries: [ghcr.io]\n',
      'svc/.infra-coach.yaml': 'rules:\n  DL3007: off\nkubernetes:\n  targetVersion: "1.29"\ndockerfile:\n  buildContexts:\n    web/Dockerfile: ..\n',
      'svc/web/Dockerfile': DOCKERFILE,
    });
    const run = cli(['lint', '--print-config', 'svc/web/Dockerfile'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout);
    assert.equal(printed.file, 'svc/web/Dockerfile');
    assert.deepEqual(printed.configFiles, [path.join(dir, '.hadolint.yaml'), path.join(dir, 'svc/.infra-coach.yaml')]);
    assert.deepEqual(printed.config.rules, { DL3007: 'off' });
    assert.deepEqual(printed.config.dockerfile.trustedRegistries, ['ghcr.io']);
    assert.equal(printed.config.dockerfile.buildContext, dir);
    assert.equal(printed.config.kubernetes.targetVersion, '1.29');
  });

  it('an invalid config file: one message naming the file and the problem, exit 2, the rest still applies', () => {
    writeTree(dir, { '.infra-coach.yaml': 'rules:\n  DL4000: loud\n  DL3007: off\n', 'Dockerfile': DOCKERFILE });
    const run = cli(['lint', '--format', 'json', 'Dockerfile'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `infra-coach: ${path.join(dir, '.infra-coach.yaml')}:2:11: error: Rule \`DL4000\` must be set to one of off, error, warning, info, hint; this entry is ignored. (defaults are used for this setting)\n`);
    // DL4000 keeps its default, DL3007 is still turned off.
    assert.deepEqual(rules(run.stdout), { Dockerfile: ['DL4000:error'] });
  });

  it('a config file that is not YAML is named once however many files it covers', () => {
    writeTree(dir, { '.hadolint.yaml': 'ignored: [DL3007\n', 'a/Dockerfile': DOCKERFILE, 'b/Dockerfile': DOCKERFILE });
    const run = cli(['lint', '.'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1);
    assert.match(run.stderr, /\.hadolint\.yaml:\d+:\d+: error: .*the file is ignored until this is fixed/);
  });
});

describe('infra-coach rules', () => {
  it('lists the cross-file rules with the engine\'s, each with a docs page that exists', () => {
    const { rules: all } = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { rules: { id: string; docs: string; fixable: boolean; severity: string; aliases: string[] }[] };
    for (const id of ['compose-build-target', 'compose-port-not-exposed', 'copy-source-missing', 'DL4000', 'dangling-service']) {
      const rule = all.find((r) => r.id === id);
      assert.ok(rule, id);
      assert.equal(typeof rule.fixable, 'boolean');
      assert.ok(Array.isArray(rule.aliases));
    }
    // They are configurable like any rule, on the command line and in config files.
    assert.equal(cli(['lint', '--rule', 'copy-source-missing=off', '--print-config', 'x/Dockerfile']).code, 0);
    for (const id of ['compose-build-target', 'compose-port-not-exposed', 'copy-source-missing']) {
      assert.ok(existsSync(path.resolve(__dirname, '../../../docs/rules', `${id}.md`)), `docs/rules/${id}.md`);
    }
  });
});
