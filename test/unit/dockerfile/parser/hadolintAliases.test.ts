import * as assert from 'node:assert/strict';
import { defaultConfig, type EffectiveConfig } from '../../../../src/core/config';
import { lint } from '../../../../src/core/engine';

/**
 * Three syntax checks report the very problems hadolint calls DL3043, DL3061 and (for a literal port)
 * DL3011. Each problem gives one finding, under the syntax check's id, that answers to the DL id in
 * pragmas and settings.
 */
function findings(text: string, configure?: (c: EffectiveConfig) => void): { rule: string; line: number; aliases: string[] }[] {
  const config = defaultConfig();
  configure?.(config);
  return lint({ text, fileName: 'Dockerfile' }, { config })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ rule: d.rule, line: d.range.start.line, aliases: d.aliases }));
}

const cases = [
  { dl: 'DL3043', id: 'dockerfile-invalid-onbuild-trigger', code: 'FROM alpine:3.20\nONBUILD FROM debian:12\n', line: 1 },
  { dl: 'DL3061', id: 'dockerfile-instruction-before-from', code: 'LABEL a=b\nFROM alpine:3.20\n', line: 0 },
  { dl: 'DL3011', id: 'dockerfile-invalid-port', code: 'FROM alpine:3.20\nEXPOSE 80 65536/tcp\n', line: 1 },
];

describe('Dockerfile syntax checks answer to the hadolint rule of the same problem', () => {
  for (const c of cases) {
    describe(`${c.id} / ${c.dl}`, () => {
      it('reports once, under the syntax id, with the DL id as an alias', () => {
        const found = findings(c.code);
        assert.deepEqual(found.map((f) => [f.rule, f.line]), [[c.id, c.line]]);
        assert.ok(found[0].aliases.includes(c.dl), `aliases ${found[0].aliases.join(', ')}`);
      });

      it(`is silenced by # hadolint ignore=${c.dl}`, () => {
        const lines = c.code.split('\n');
        lines.splice(c.line, 0, `# hadolint ignore=${c.dl}`);
        const result = lint({ text: lines.join('\n'), fileName: 'Dockerfile' });
        assert.deepEqual(result.diagnostics.map((d) => d.rule), []);
      });

      it(`follows a setting that names ${c.dl}, in any case`, () => {
        assert.deepEqual(findings(c.code, (cfg) => (cfg.rules[c.dl.toLowerCase()] = 'off')), []);
        const lowered = lint({ text: c.code, fileName: 'Dockerfile' }, { config: { ...defaultConfig(), rules: { [c.dl]: 'warning' } } });
        assert.deepEqual(lowered.diagnostics.map((d) => [d.rule, d.severity]), [[c.id, 'warning']]);
      });

      it('is not reported a second time when the syntax id is switched off', () => {
        assert.deepEqual(findings(c.code, (cfg) => (cfg.rules[c.id] = 'off')), []);
      });
    });
  }

  it('names DL3011 only on out-of-range ports, not on other EXPOSE mistakes', () => {
    const found = findings('FROM alpine:3.20\nEXPOSE 8080/http\n');
    assert.deepEqual(found.map((f) => f.rule), ['dockerfile-invalid-port']);
    assert.ok(!found[0].aliases.includes('DL3011'));
    assert.deepEqual(findings('FROM alpine:3.20\nEXPOSE 8080/http\n', (cfg) => (cfg.rules.DL3011 = 'off')).length, 1);
  });
});
