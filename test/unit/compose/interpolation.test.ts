import * as assert from 'node:assert/strict';
import { dotEnvPath, interpolate, parseDotEnv } from '../../../src/core/compose/interpolation';

describe('compose interpolation', () => {
  const env = new Map([
    ['SET', 'value'],
    ['EMPTY', ''],
  ]);
  const cases: [string, string, string[]][] = [
    ['${SET}', 'value', []],
    ['$SET/x', 'value/x', []],
    ['${UNSET}', '', ['UNSET']],
    ['${UNSET:-fallback}', 'fallback', []],
    ['${EMPTY:-fallback}', 'fallback', []],
    ['${EMPTY-fallback}', '', []],
    ['${UNSET-fallback}', 'fallback', []],
    ['${SET:+alt}', 'alt', []],
    ['${EMPTY:+alt}', '', []],
    ['${EMPTY+alt}', 'alt', []],
    ['${UNSET:?must be set}', '', ['UNSET']],
    ['${EMPTY?must be set}', '', []],
    ['${EMPTY:?must be set}', '', ['EMPTY']],
    ['$$SET and $$$SET', '$SET and $value', []],
    ['${UNSET:-${SET}-suffix}', 'value-suffix', []],
    ['${SET:-${UNSET}}', 'value', []],
    ['price: 5$', 'price: 5$', []],
  ];
  for (const [input, value, missing] of cases) {
    it(`${input} → ${JSON.stringify(value)}`, () => {
      const r = interpolate(input, env);
      assert.equal(r.value, value);
      assert.deepEqual(
        r.missing.map((m) => m.name),
        missing,
      );
    });
  }

  it('records the exact span and message of a required variable', () => {
    const r = interpolate('x ${DB:?set DB} y', env);
    assert.deepEqual(
      r.missing.map((m) => [m.start, m.end, m.argument]),
      [[2, 15, 'set DB']],
    );
  });

  it('reads .env files the way Compose does', () => {
    const parsed = parseDotEnv(
      ['# comment', 'A=1', 'export B = two', "C='literal ${A}'", 'D="line\\nbreak ${A}"', 'E=plain # trailing comment', 'F=${A}-x', 'not a line', ''].join('\n'),
    );
    assert.deepEqual(Object.fromEntries(parsed), { A: '1', B: 'two', C: 'literal ${A}', D: 'line\nbreak 1', E: 'plain', F: '1-x' });
  });

  it('finds .env beside the compose file', () => {
    assert.equal(dotEnvPath('/srv/app/compose.yaml'), '/srv/app/.env');
    assert.equal(dotEnvPath('C:\\app\\docker-compose.yml'), 'C:\\app\\.env');
    assert.equal(dotEnvPath('compose.yaml'), '.env');
  });
});
