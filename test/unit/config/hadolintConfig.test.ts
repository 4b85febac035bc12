import * as assert from 'node:assert/strict';
import { readHadolintConfig } from '../../../src/core/configFiles/hadolint';
import { formatConfigProblem } from '../../../src/core/configFiles/source';

const PATH = '/repo/.hadolint.yaml';
const known = new Set(['dl3008', 'dl3009', 'dl3015', 'dl3026', 'dl3057', 'dl4000', 'maintainerdeprecated']);
const read = (text: string) => readHadolintConfig(text, PATH, { isKnownRule: (id) => known.has(id.toLowerCase()) });
const where = (r: ReturnType<typeof read>) => r.problems.map((p) => `${p.severity} ${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`);

describe('.hadolint.yaml reader', () => {
  it('maps every documented key onto the configuration', () => {
    const r = read(
      [
        'ignored:',
        '  - DL3008',
        '  - SC2086',
        'override:',
        '  error: [DL3009]',
        '  warning: [DL3057]',
        '  info: [DL4000]',
        '  style: [DL3015]',
        'trustedRegistries:',
        '  - docker.io',
        '  - "*.gcr.io"',
        'label-schema:',
        '  author: text',
        '  version: semver',
        '  notes:',
        'strict-labels: true',
        'failure-threshold: warning',
        'no-color: true',
        'format: json',
        '',
      ].join('\n'),
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.patch, {
      rules: { DL3009: 'error', DL3057: 'warning', DL4000: 'info', DL3015: 'hint', DL3008: 'off', SC2086: 'off' },
      dockerfile: { trustedRegistries: ['docker.io', '*.gcr.io'], labelSchema: { author: 'text', version: 'semver', notes: 'text' }, strictLabels: true },
      failureThreshold: 'warning',
    });
  });

  it('lets `ignored` win over an override of the same rule, as hadolint does', () => {
    const r = read('override:\n  error: [DL3008]\nignored: [dl3008]\n');
    assert.deepEqual(r.patch.rules, { dl3008: 'off' });
  });

  it('maps hadolint thresholds that fail on everything to the lowest level', () => {
    assert.equal(read('failure-threshold: none').patch.failureThreshold, 'hint');
    assert.equal(read('failure-threshold: style').patch.failureThreshold, 'hint');
    assert.equal(read('failure-threshold: error').patch.failureThreshold, 'error');
  });

  it('treats an empty file or a comment-only file as setting nothing', () => {
    assert.deepEqual(read(''), { patch: {}, problems: [] });
    assert.deepEqual(read('# nothing yet\n'), { patch: {}, problems: [] });
  });

  it('reports a YAML syntax error with file, line and column, and applies nothing', () => {
    const r = read('ignored: [DL3008\noverride:\n  error: [DL3009]\n');
    assert.deepEqual(r.patch, {});
    assert.equal(r.problems.length, 1, 'one error, not a cascade');
    const p = r.problems[0];
    assert.equal(p.file, PATH);
    assert.equal(p.severity, 'error');
    assert.match(p.message, /ignored until this is fixed/);
    assert.match(formatConfigProblem(p), /^\/repo\/\.hadolint\.yaml:\d+:\d+: error: /);
  });

  it('reports duplicate keys instead of silently keeping one', () => {
    const r = read('ignored: [DL3008]\nignored: [DL3009]\n');
    assert.deepEqual(r.patch, {});
    assert.equal(r.problems[0].range.start.line, 1);
  });

  it('rejects a non-mapping document', () => {
    const r = read('- DL3008\n');
    assert.deepEqual(where(r), ['error 1:1 The file must be a mapping of keys to values (for example `ignored: [DL3008]`); the file is ignored.']);
  });

  it('reports each bad value at its own line and keeps the valid ones', () => {
    const r = read(
      [
        'ignored: DL3008', // 1: not a list
        'override:',
        '  fatal: [DL3009]', // 3: unknown level
        '  error: [DL3009, 42x y, {a: 1}]', // 4: bad entries
        'trustedRegistries: [docker.io]',
        'label-schema:',
        '  version: semverish', // 7: bad type
        'strict-labels: yes please', // 8: not a boolean
        'failure-threshold: fatal', // 9
        'ignore: [DL3015]', // 10: typo of a key
        'verbos: true', // 11
        'disable-ignore-pragma: true', // 12: no effect here
        'format: [json]', // 13
      ].join('\n'),
    );
    assert.deepEqual(where(r), [
      'error 1:10 `ignored` must be a list of rule codes, for example `ignored: [DL3008, DL3009]`; it is ignored.',
      'error 3:3 Unknown level `fatal` in `override`; use error, warning, info or style.',
      'error 4:19 `42x y` in `override.error` is not a rule code; write one code per entry, such as DL3008.',
      'error 4:26 Each entry of `override.error` must be a plain string such as DL3008; this entry is ignored.',
      'error 7:12 Label `version` has no valid type; use one of text, url, semver, hash, rfc3339, spdx, email. The label is ignored.',
      'error 8:16 `strict-labels` must be `true` or `false`; it is ignored.',
      'error 9:20 `failure-threshold` must be one of error, warning, info, style, ignore, none; it is ignored.',
      'warning 10:1 Unknown key `ignore`; did you mean `ignored`? It is ignored.',
      'warning 11:1 Unknown key `verbos`; did you mean `verbose`? It is ignored.',
      'warning 12:1 Infra Coach always honours inline ignore comments, so `disable-ignore-pragma` has no effect here; remove the comments you do not want.',
      'error 13:9 `format` must be a string; it is ignored.',
    ]);
    assert.deepEqual(r.patch, { rules: { DL3009: 'error' }, dockerfile: { trustedRegistries: ['docker.io'], labelSchema: {} } });
  });

  it('warns about rule codes that match no rule, but not about ShellCheck codes', () => {
    const r = read('ignored: [DL9999, SC1091, MaintainerDeprecated]\n');
    assert.deepEqual(where(r), ['warning 1:11 Unknown rule `DL9999` in `ignored`; check the spelling (run `infra-coach rules` for the list).']);
    assert.deepEqual(r.patch.rules, { DL9999: 'off', SC1091: 'off', MaintainerDeprecated: 'off' });
  });

  it('points at the key when a value is missing', () => {
    const r = read('override:\nstrict-labels: true\n');
    assert.deepEqual(where(r).map((w) => w.slice(0, 11)), ['error 1:1 `']);
    assert.equal(r.patch.dockerfile?.strictLabels, true);
  });
});
