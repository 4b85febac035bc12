import * as assert from 'node:assert/strict';
import { readDclintConfig, dclintConfigSource } from '../../../src/core/configFiles/dclint';

describe('.dclintrc reader', () => {
  it('maps dclint levels to severities (JSON)', () => {
    const text = '{"rules": {"no-version-field": 0, "require-project-name-field": 2, "services-alphabetical-order": [1, {}]}, "quiet": true}';
    const r = readDclintConfig(text, '/p/.dclintrc');
    assert.deepEqual(r.patch.rules, { 'no-version-field': 'off', 'require-project-name-field': 'error', 'services-alphabetical-order': 'warning' });
    assert.deepEqual(
      r.problems.map((p) => [p.severity, p.range.start.character, p.message.slice(0, 30)]),
      [['warning', text.indexOf('{}'), 'Options of `services-alphabeti']],
    );
  });

  it('reads YAML and reports bad levels, unknown rules and keys with their place', () => {
    const r = readDclintConfig('rules:\n  no-version-feild: 0\n  service-keys-order: 3\nexclude: [vendor]\nrulez: {}\n', '/p/.dclintrc.yaml');
    assert.equal(r.patch.rules, undefined);
    assert.deepEqual(
      r.problems.map((p) => [p.range.start.line + 1, p.severity, p.message]),
      [
        [2, 'warning', 'Unknown rule `no-version-feild`; did you mean `no-version-field`? It is ignored.'],
        [3, 'error', 'The level of `service-keys-order` must be 0 (off), 1 (warning) or 2 (error); it is ignored.'],
        [4, 'warning', 'Infra Coach lints the files you open, so `exclude` has no effect here; put `# dclint disable-file` at the top of a file to skip it.'],
        [5, 'warning', 'Unknown key `rulez`; did you mean `rules`? It is ignored.'],
      ],
    );
  });

  it('accepts our own rule ids when the resolver knows them', () => {
    const r = readDclintConfig('rules:\n  compose-privileged: 2\n', '/p/.dclintrc', { isKnownRule: (id) => id === 'compose-privileged' });
    assert.deepEqual(r.patch.rules, { 'compose-privileged': 'error' });
  });

  it('is a config source under dclint\'s file names', () => {
    assert.equal(dclintConfigSource.tool, 'dclint');
    assert.deepEqual([...dclintConfigSource.fileNames], ['.dclintrc', '.dclintrc.json', '.dclintrc.yaml', '.dclintrc.yml']);
  });
});
